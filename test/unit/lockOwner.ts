// A window installing the sidecar environment, for install-lock.test.ts: takes the install lock, starts a long-running
// child (a stand-in for pip) through the process runner, prints its pid once the lock records it, and waits for it.
import { nullLogger } from '../../src/core/logger';
import { withDirLock } from '../../src/sidecar/lock';
import { runProcess } from '../../src/sidecar/process';

const lockPath = process.argv[2]!;
void withDirLock(lockPath, nullLogger, undefined, async (lock) => {
  await runProcess(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
    onSpawn: (pid) => void lock.recordChild(pid).then(() => console.log(`child ${pid}`)),
  });
});
