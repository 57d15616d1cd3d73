package org.rehabrx.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RehabRxApplication {

    public static void main(String[] args) {
        SpringApplication.run(RehabRxApplication.class, args);
    }
}
