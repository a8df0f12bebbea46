package org.familysafeguarding.dashboard.client;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The dashboard's one way to the API. Each call becomes an {@link Answer}, so a page shows the parts
 * that answered and says which did not, instead of failing whole.
 */
@ApplicationScoped
public class Gateway {

    private static final Logger LOG = Logger.getLogger(Gateway.class);

    private final GatewayApi api;

    public Gateway(@RestClient GatewayApi api) {
        this.api = api;
    }

    public Answer call(Function<GatewayApi, JsonNode> operation) {
        try {
            return new Answer.Ok(operation.apply(api));
        } catch (ApiRefusal refusal) {
            return new Answer.Refused(refusal.status(), refusal.getMessage());
        } catch (ApiFailure | ProcessingException | FaultToleranceException down) {
            LOG.warnf("the API did not answer: %s", down.toString());
            return new Answer.Unavailable(down.getClass().getSimpleName());
        }
    }
}
