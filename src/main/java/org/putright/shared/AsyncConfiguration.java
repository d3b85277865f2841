package org.putright.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Module listeners ({@code @ApplicationModuleListener}) run after the publishing transaction commits, off the request thread. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {
}
