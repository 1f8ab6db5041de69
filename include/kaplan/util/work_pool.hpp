// SPDX-License-Identifier: MIT
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace kaplan {

// A fixed set of threads for the independent parts of a run: the files of a plan
// parsed at once, the plans of a batch. One pool serves a whole process (`--jobs`),
// whatever nests in it: a thread that waits for a task's result runs queued tasks
// meanwhile, so a task may wait for tasks it submitted without deadlock and without
// starting more threads. A pool of one thread starts none: every task runs on the
// thread that waits for it, in the order submitted.
//
// Worker threads block every signal, so signals reach the thread that created the
// pool (the CLI's main thread, whose handler removes temporary files).
class WorkPool {
  struct StateBase {
    bool done = false; // guarded by the pool's mutex
    std::exception_ptr error;
  };
  template <class R>
  struct State : StateBase {
    std::optional<R> value;
  };

public:
  // `threads` counts the threads that do work, the caller's included: a pool of N
  // starts N - 1 workers. 0 is taken as 1.
  explicit WorkPool(std::size_t threads);
  ~WorkPool(); // runs what is still queued, then joins the workers
  WorkPool(const WorkPool&) = delete;
  WorkPool& operator=(const WorkPool&) = delete;

  std::size_t threads() const { return threads_; }

  // The result of a submitted task. get() waits for it (running queued tasks
  // meanwhile) and returns the value, or rethrows what the task threw. Destroying a
  // task that has not run is safe: it still runs, and its result is dropped.
  template <class R>
  class Task {
  public:
    Task() = default;
    bool valid() const { return state_ != nullptr; }
    R get() {
      pool_->wait_for(*state_);
      if (state_->error) std::rethrow_exception(state_->error);
      R out = std::move(*state_->value);
      state_.reset();
      return out;
    }

  private:
    friend class WorkPool;
    Task(WorkPool* pool, std::shared_ptr<State<R>> state) : pool_(pool), state_(std::move(state)) {}
    WorkPool* pool_ = nullptr;
    std::shared_ptr<State<R>> state_;
  };

  template <class F, class R = std::invoke_result_t<F&>>
  Task<R> submit(F f) {
    auto state = std::make_shared<State<R>>();
    enqueue([this, state, f = std::move(f)]() mutable {
      try {
        state->value.emplace(f());
      } catch (...) {
        state->error = std::current_exception();
      }
      finish(*state);
    });
    return Task<R>(this, std::move(state));
  }

  // Runs f(0) .. f(n - 1) as tasks and waits for every one (the caller helping), so
  // nothing they refer to can go out of scope while one runs; then rethrows the first
  // exception in index order, if any.
  template <class F>
  void run_all(std::size_t n, F&& f) {
    std::vector<Task<int>> tasks;
    tasks.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
      tasks.push_back(submit([&f, i] {
        f(i);
        return 0;
      }));
    std::exception_ptr failed;
    for (auto& t : tasks) {
      try {
        t.get();
      } catch (...) {
        if (!failed) failed = std::current_exception();
      }
    }
    if (failed) std::rethrow_exception(failed);
  }

  // The number of threads to use when none is asked for: the cores this process may
  // run on, at least 1.
  static std::size_t default_threads();

private:
  void enqueue(std::function<void()> job);
  void finish(StateBase& state);
  void wait_for(const StateBase& state);
  void work();

  std::size_t threads_;
  std::mutex mutex_;
  std::condition_variable changed_; // a job queued, a job done, or stopping
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

// Runs f(0) .. f(n - 1): as tasks of `pool` when it has threads to spare (waiting for
// all), else one after another on this thread. Whoever calls it joins what each index
// produced in index order, so the result is the same either way.
template <class F>
void for_each_index(WorkPool* pool, std::size_t n, F&& f) {
  if (pool && pool->threads() > 1) {
    pool->run_all(n, f);
    return;
  }
  for (std::size_t i = 0; i < n; ++i)
    f(i);
}

} // namespace kaplan
