package org.putright.complaints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ComplaintsConfiguration {

    @Bean
    Schemes schemes(JsonMapper json) {
        return Schemes.shipped(json);
    }
}
