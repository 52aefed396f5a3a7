package dev.connectconformance.simulator.admin;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.connectconformance.simulator.admin.contract.Message;
import dev.connectconformance.simulator.faults.AsyncFailures;
import dev.connectconformance.simulator.faults.FaultInjector;
import dev.connectconformance.simulator.realism.RealismControls;
import dev.connectconformance.simulator.state.ConnectStore;
import dev.connectconformance.simulator.time.SimulatorClock;

/**
 * The simulator's controls, under WireMock's admin prefix ({@code /__admin/connect/...}): reset, the clock,
 * the state (export and import, in the state-file format), quotas, fault injection, failures of asynchronous
 * completions and the opt-in realism (throttling, propagation delay). The bodies and answers are the records of
 * {@code admin.contract}, which the admin client shares. Bad input, including values out of range (a clock move
 * over 100 years, a latency over 10 minutes), gets a 400 with a message, like the API itself. Who may call these
 * routes at all is decided before they run, at the server's edge.
 */
public final class ConnectAdminApi implements AdminApiExtension {

    private final Runnable reset;
    private final ClockChanges clock;
    private final StateTransfer state;
    private final QuotaChanges quotas;
    private final FaultChanges faults;
    private final RealismChanges realism;

    /** @param reset back to an empty world, the same reset the Java API makes */
    public ConnectAdminApi(ConnectStore store, SimulatorClock clock, FaultInjector faults, AsyncFailures asyncFailures,
                           RealismControls realism, Runnable reset) {
        this.reset = reset;
        this.clock = new ClockChanges(clock);
        this.state = new StateTransfer(store, clock, realism.propagation());
        this.quotas = new QuotaChanges(store.quotas());
        this.faults = new FaultChanges(faults, asyncFailures);
        this.realism = new RealismChanges(realism);
    }

    @Override
    public String getName() {
        return "connect-admin";
    }

    /**
     * WireMock finds a route's path template by the class of its task, so every route needs a lambda of its
     * own (one class each); a shared task factory would give all routes one class and the wrong template.
     */
    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.POST, "/connect/reset", (admin, event, params) -> AdminAnswers.respond(event, body -> {
            reset.run();
            return Message.of("reset");
        }));
        router.add(RequestMethod.GET, "/connect/clock", (admin, event, params) ->
                AdminAnswers.respond(event, body -> clock.now()));
        router.add(RequestMethod.POST, "/connect/clock/advance", (admin, event, params) ->
                AdminAnswers.respond(event, clock::advance));
        router.add(RequestMethod.GET, "/connect/state", (admin, event, params) -> state.export(event));
        router.add(RequestMethod.PUT, "/connect/state", (admin, event, params) -> state.load(event));
        router.add(RequestMethod.GET, "/connect/quotas", (admin, event, params) ->
                AdminAnswers.respond(event, body -> quotas.state()));
        router.add(RequestMethod.POST, "/connect/quotas/phone-numbers", (admin, event, params) ->
                AdminAnswers.respond(event, quotas::setPhoneNumbers));
        router.add(RequestMethod.POST, "/connect/quotas/instances", (admin, event, params) ->
                AdminAnswers.respond(event, quotas::setInstances));
        // The older route for both quotas, kept as a documented alias: the body's key says which one.
        router.add(RequestMethod.POST, "/connect/quotas", (admin, event, params) ->
                AdminAnswers.respond(event, quotas::setEither));
        router.add(RequestMethod.GET, "/connect/faults", (admin, event, params) ->
                AdminAnswers.respond(event, body -> faults.faults()));
        router.add(RequestMethod.POST, "/connect/faults", (admin, event, params) ->
                AdminAnswers.respond(event, faults::arm));
        router.add(RequestMethod.DELETE, "/connect/faults", (admin, event, params) ->
                AdminAnswers.respond(event, body -> faults.clear()));
        router.add(RequestMethod.GET, "/connect/realism", (admin, event, params) ->
                AdminAnswers.respond(event, body -> realism.state()));
        router.add(RequestMethod.POST, "/connect/realism", (admin, event, params) ->
                AdminAnswers.respondAwsShaped(event, realism::change));
        router.add(RequestMethod.GET, "/connect/async-failures", (admin, event, params) ->
                AdminAnswers.respond(event, body -> faults.asyncFailures()));
        router.add(RequestMethod.POST, "/connect/async-failures", (admin, event, params) ->
                AdminAnswers.respond(event, faults::armAsyncFailure));
        router.add(RequestMethod.DELETE, "/connect/async-failures", (admin, event, params) ->
                AdminAnswers.respond(event, body -> faults.clearAsyncFailures()));
    }
}
