// The one call Swift cannot make itself: prctl(2) is variadic in C.
#ifndef PROCESS_GUARD_H
#define PROCESS_GUARD_H

/// Asks the kernel to send `signal` to this process when its parent dies (PR_SET_PDEATHSIG).
/// Returns 0, or -1 with errno set.
int ce_signal_on_parent_death(int signal);

#endif
