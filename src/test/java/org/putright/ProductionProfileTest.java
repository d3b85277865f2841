package org.putright;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

class ProductionProfileTest {

    @Test
    void the_prod_profile_refuses_to_start_on_the_embedded_database() {
        var application = new SpringApplicationBuilder(PutRightApplication.class).profiles("prod")
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=jdbc:h2:mem:prod-refusal", "spring.main.banner-mode=off");
        assertThatThrownBy(application::run).hasStackTraceContaining("refuses to start on an embedded database");
    }
}
