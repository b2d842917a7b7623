package io.programoffice.workbench.host;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Cluster locks for a workbench of one node: one in-JVM reentrant lock per name, the same object for every caller
 * of that name, as Jira's database-backed locks are the same for every node. Thread-safe.
 */
public final class WbClusterLockService implements ClusterLockService {
    private final Map<String, WbClusterLock> locks = new ConcurrentHashMap<>();

    @Override
    public ClusterLock getLockForName(String lockName) {
        if (lockName == null || lockName.isEmpty()) {
            throw new IllegalArgumentException("a cluster lock needs a name");
        }
        return locks.computeIfAbsent(lockName, n -> new WbClusterLock());
    }

    /** A named lock: a reentrant lock held by one thread at a time. */
    static final class WbClusterLock implements ClusterLock {
        private final ReentrantLock lock = new ReentrantLock();

        @Override
        public void lock() {
            lock.lock();
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            lock.lockInterruptibly();
        }

        @Override
        public boolean tryLock() {
            return lock.tryLock();
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return lock.tryLock(time, unit);
        }

        @Override
        public void unlock() {
            lock.unlock();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("cluster locks have no conditions");
        }

        /** Whether some thread holds it. */
        boolean isLocked() {
            return lock.isLocked();
        }
    }
}
