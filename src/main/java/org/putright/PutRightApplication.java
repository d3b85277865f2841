package org.putright;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
public class PutRightApplication {

    public static void main(String[] args) {
        SpringApplication.run(PutRightApplication.class, args);
    }
}
