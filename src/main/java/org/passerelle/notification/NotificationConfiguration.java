package org.passerelle.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox sweep and the inbound mailbox run on Spring's scheduler; the sender's address and the inbound mailbox are bound once. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({ SenderAddress.class, InboundProperties.class })
class NotificationConfiguration {

}
