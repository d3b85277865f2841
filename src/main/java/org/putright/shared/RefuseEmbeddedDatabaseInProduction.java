package org.putright.shared;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With the {@code prod} profile the application must run on PostgreSQL: an embedded H2 file is one disk away from
 * losing a landlord's full record. Runs before any bean (and so before Flyway) is created.
 */
@Component
@Profile("prod")
class RefuseEmbeddedDatabaseInProduction implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.isBlank() || url.startsWith("jdbc:h2:") || url.startsWith("jdbc:hsqldb:") || url.startsWith("jdbc:derby:")) {
            throw new IllegalStateException("The prod profile refuses to start on an embedded database (" + url
                    + "). Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD for PostgreSQL.");
        }
    }
}
