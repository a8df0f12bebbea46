package org.familysafeguarding.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.familysafeguarding.gateway.config.GatewayConfig;
import org.familysafeguarding.gateway.openapi.ServiceProbe;

/** The gateway is ready when every service behind it is; the response says which are not. */
@Readiness
@ApplicationScoped
public class ServicesReadiness implements HealthCheck {

    private final GatewayConfig config;
    private final ServiceProbe probe;

    public ServicesReadiness(GatewayConfig config, ServiceProbe probe) {
        this.config = config;
        this.probe = probe;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("services");
        boolean allUp = true;
        for (String service : config.services().keySet()) {
            boolean up = probe.get(service, "/q/health/ready").isPresent();
            response.withData(service, up ? "UP" : "DOWN");
            allUp &= up;
        }
        return response.status(allUp).build();
    }
}
