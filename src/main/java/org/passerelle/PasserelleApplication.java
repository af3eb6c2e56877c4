package org.passerelle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PasserelleApplication {

	public static void main(String[] args) {
		SpringApplication.run(PasserelleApplication.class, args);
	}

}
