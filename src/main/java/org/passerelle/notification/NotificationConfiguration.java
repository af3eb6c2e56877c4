package org.passerelle.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox sweep runs on Spring's scheduler; the sender's address is bound once, for every mail. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(SenderAddress.class)
class NotificationConfiguration {

}
