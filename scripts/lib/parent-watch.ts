/**
 * Whether the process that started the build is still there. `npm run build` runs scripts/build.ts as npm's
 * child; when only npm is killed (or the terminal that ran it is closed), the build would otherwise go on and
 * publish a site seconds later, after the person who started it was told it had stopped. On Linux and macOS a
 * child whose parent has gone is re-parented (to init or a subreaper), so its parent pid changes.
 */

/** The parent pid at start; `parentGone(start)` is true once that parent has exited. */
export function parentGone(startPpid: number, currentPpid: number = process.ppid): boolean {
  return currentPpid !== startPpid;
}
