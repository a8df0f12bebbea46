package org.familysafeguarding.platform.support;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A piece of background work that is woken rather than polled: {@link #wake()} runs it soon on its
 * own thread; wakes that come while it runs fold into one more run afterwards, so nothing woken for
 * is missed and it never runs twice at once. For work that follows a commit (relaying the outbox,
 * sealing the audit chain), woken after the commit, with a slow schedule as the fallback.
 */
public final class Wakeable {

    private final Runnable work;
    private final AtomicBoolean due = new AtomicBoolean();
    private final ExecutorService thread;

    public Wakeable(String name, Runnable work) {
        this.work = work;
        this.thread = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name(name).daemon().factory());
    }

    public void wake() {
        if (due.compareAndSet(false, true)) {
            thread.execute(() -> {
                due.set(false);
                work.run();
            });
        }
    }
}
