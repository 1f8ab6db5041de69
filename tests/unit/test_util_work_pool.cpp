// SPDX-License-Identifier: MIT
// The work pool: results come back, errors are rethrown where the result is asked for,
// tasks waiting for tasks of the same pool finish at every size (the caller helps), and
// nothing submitted is dropped unrun.
#include "kaplan/util/work_pool.hpp"

#include <atomic>
#include <doctest/doctest.h>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

namespace unit_util_work_pool {

using kaplan::WorkPool;

TEST_CASE("a pool returns each task's result, at every size") {
  for (std::size_t threads : {1u, 2u, 8u}) {
    CAPTURE(threads);
    WorkPool pool(threads);
    CHECK(pool.threads() == threads);
    std::vector<WorkPool::Task<int>> tasks;
    for (int i = 0; i < 200; ++i)
      tasks.push_back(pool.submit([i] { return i * i; }));
    for (int i = 0; i < 200; ++i)
      CHECK(tasks[static_cast<std::size_t>(i)].get() == i * i);
  }
}

TEST_CASE("a pool of zero threads is a pool of one, and one thread starts no worker") {
  WorkPool pool(0);
  CHECK(pool.threads() == 1);
  std::thread::id caller = std::this_thread::get_id();
  auto t = pool.submit([] { return std::this_thread::get_id(); });
  CHECK(t.get() == caller); // run by the thread that waited for it
}

TEST_CASE("what a task throws is rethrown by get, and the pool goes on") {
  WorkPool pool(2);
  auto bad = pool.submit([]() -> int { throw std::runtime_error("no"); });
  auto good = pool.submit([] { return 7; });
  CHECK_THROWS_WITH_AS(bad.get(), "no", std::runtime_error);
  CHECK(good.get() == 7);
}

TEST_CASE("tasks that wait for tasks of the same pool finish, even on one thread") {
  for (std::size_t threads : {1u, 2u, 3u}) {
    CAPTURE(threads);
    WorkPool pool(threads);
    // Every outer task waits for inner tasks queued behind other outer tasks: without
    // the waiting thread's help, a pool of N would deadlock with N outer tasks.
    std::vector<WorkPool::Task<int>> outer;
    for (int i = 0; i < 6; ++i)
      outer.push_back(pool.submit([&pool, i] {
        std::vector<WorkPool::Task<int>> inner;
        for (int j = 0; j < 5; ++j)
          inner.push_back(pool.submit([i, j] { return i * 10 + j; }));
        int sum = 0;
        for (auto& t : inner)
          sum += t.get();
        return sum;
      }));
    for (int i = 0; i < 6; ++i)
      CHECK(outer[static_cast<std::size_t>(i)].get() == 50 * i + 10);
  }
}

TEST_CASE("a task never waited for still runs before the pool is gone") {
  std::atomic<int> ran{0};
  {
    WorkPool pool(1);
    for (int i = 0; i < 10; ++i)
      (void)pool.submit([&ran] { return ++ran; });
  }
  CHECK(ran.load() == 10);
  {
    WorkPool pool(4);
    for (int i = 0; i < 100; ++i)
      (void)pool.submit([&ran] { return ++ran; });
  }
  CHECK(ran.load() == 110);
}

TEST_CASE("run_all runs every index, waits for all, and rethrows the first failure") {
  for (std::size_t threads : {1u, 2u, 4u}) {
    CAPTURE(threads);
    WorkPool pool(threads);
    std::vector<int> seen(50, 0);
    pool.run_all(seen.size(), [&seen](std::size_t i) { seen[i] = static_cast<int>(i) + 1; });
    for (std::size_t i = 0; i < seen.size(); ++i)
      CHECK(seen[i] == static_cast<int>(i) + 1);
    std::atomic<int> ran{0};
    CHECK_THROWS_WITH_AS(pool.run_all(20,
                                      [&ran](std::size_t i) {
                                        ++ran;
                                        if (i == 7 || i == 13)
                                          throw std::runtime_error(std::to_string(i));
                                      }),
                         "7", std::runtime_error);
    CHECK(ran.load() == 20); // the others still ran, and were waited for
  }
}

TEST_CASE("the default size is at least one thread") {
  CHECK(WorkPool::default_threads() >= 1);
}

} // namespace unit_util_work_pool
