// SPDX-License-Identifier: MIT
#include "kaplan/util/work_pool.hpp"

#include <sched.h>
#include <signal.h>

namespace kaplan {

WorkPool::WorkPool(std::size_t threads) : threads_(threads == 0 ? 1 : threads) {
  // Workers start with every signal blocked (a new thread inherits the creator's
  // mask), so a signal is always handled by a thread of the caller's.
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, &old);
  try {
    for (std::size_t i = 1; i < threads_; ++i)
      workers_.emplace_back([this] { work(); });
  } catch (...) {
    // No thread could be started: the workers that did start, or the caller alone, do
    // the work.
  }
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
}

WorkPool::~WorkPool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  for (auto& w : workers_)
    w.join();
  // With no worker (a pool of one), what was submitted and never waited for runs here:
  // a task is never dropped unrun.
  while (!queue_.empty()) {
    auto job = std::move(queue_.front());
    queue_.pop_front();
    job();
  }
}

std::size_t WorkPool::default_threads() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0) {
    int n = CPU_COUNT(&set);
    if (n > 0) return static_cast<std::size_t>(n);
  }
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

void WorkPool::enqueue(std::function<void()> job) {
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(std::move(job));
  }
  changed_.notify_one();
}

void WorkPool::finish(StateBase& state) {
  {
    std::lock_guard lock(mutex_);
    state.done = true;
  }
  changed_.notify_all();
}

void WorkPool::wait_for(const StateBase& state) {
  std::unique_lock lock(mutex_);
  while (!state.done) {
    if (!queue_.empty()) {
      // Help: the task waited for may be this one, or behind it.
      auto job = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      job();
      lock.lock();
      continue;
    }
    changed_.wait(lock);
  }
}

void WorkPool::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    changed_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return; // stopping, and nothing left to run
    auto job = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    job();
    lock.lock();
  }
}

} // namespace kaplan
