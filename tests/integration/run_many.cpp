// SPDX-License-Identifier: MIT
// kaplan_run_many: runs many kaplan command lines with one process per input instead of
// one per command line. Under ASan a process start and exit (the sanitizer runtime, its
// leak check, kaplan's static data) costs more CPU than most runs of the hostile-input
// suite; this helper pays it once per input.
//
// Usage: kaplan_run_many < RUNS > RESULTS, in the working folder the runs should have.
// RUNS holds one run a line, fields separated by tabs:
//   GROUP <tab> LIMIT_S <tab> STDOUT_FILE <tab> STDERR_FILE <tab> ARG1 <tab> ARG2 ...
// Consecutive runs of the same GROUP (an input) run one after the other in one child
// process forked from this one, each calling kaplan's own main (kaplan::cli::main) with
// its standard streams on its files and stdin on /dev/null. The parent never calls into
// kaplan, so every child starts from the state a fresh `kaplan` process has in main();
// kaplan keeps no state from one call to the next but caches of constant tables.
//
// RESULTS gets one line a run, in the same order: STATUS RSS_KIB MILLISECONDS, where
// STATUS is the run's exit status, 128+N when the process died of signal N during the
// run (a sanitizer report aborts), or `timeout` when the run took over LIMIT_S seconds
// of wall-clock time (the process is then killed). RSS_KIB is the peak RSS of the whole
// process, an upper bound of the run's own. After a dead or killed process the group's
// remaining runs go on in a new one. Then one line a group: `GROUP NAME exit STATUS`,
// the status of the group's process after its last run: 0, or LeakSanitizer's 23 when
// memory leaked, its report in the last run's STDERR_FILE + ".exit" (`-` when the
// process died or was killed during the last run, which that run's result says).
#include "cli/app.hpp"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <iostream>
#include <poll.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Run {
  std::string group;
  long limit_s = 0;
  std::string out, err;
  std::vector<std::string> args;
};

struct Result {
  std::string status = "lost";
  long rss_kib = 0;
  long ms = 0;
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

// Points file descriptor `fd` at `path` (truncated), or at /dev/null for reading.
bool redirect(int fd, const char* path, bool write) {
  const int f = write ? ::open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644) : ::open(path, O_RDONLY);
  if (f < 0) return false;
  const bool ok = ::dup2(f, fd) >= 0;
  ::close(f);
  return ok;
}

void report(int fd, const std::string& line) {
  const std::string text = line + "\n";
  if (::write(fd, text.data(), text.size()) < 0) ::_exit(125);
}

// In the child: runs runs[first..last) and tells the parent on `fd` when each starts
// (`S`) and ends (`E STATUS MS`); then leaves as a process does, through exit(), so that
// LeakSanitizer checks.
[[noreturn]] void run_child(const std::vector<Run>& runs, std::size_t first, std::size_t last,
                            int fd) {
  if (!redirect(0, "/dev/null", false)) ::_exit(125);
  for (std::size_t i = first; i < last; ++i) {
    const Run& run = runs[i];
    if (!redirect(1, run.out.c_str(), true) || !redirect(2, run.err.c_str(), true)) ::_exit(125);
    std::vector<std::string> args = run.args;
    args.insert(args.begin(), "kaplan");
    std::vector<char*> argv;
    for (auto& a : args)
      argv.push_back(a.data());
    argv.push_back(nullptr);
    report(fd, "S");
    const auto start = std::chrono::steady_clock::now();
    const int status = kaplan::cli::main(static_cast<int>(args.size()), argv.data());
    std::cout.flush();
    std::cout.clear();
    std::fflush(stdout);
    std::fflush(stderr);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - start)
                        .count();
    report(fd, "E " + std::to_string(status) + " " + std::to_string(ms));
  }
  if (!redirect(1, "/dev/null", true) || !redirect(2, (runs[last - 1].err + ".exit").c_str(), true))
    ::_exit(125);
  std::exit(0);
}

// Reads one line from `fd` within `ms` milliseconds (-1: no limit). Returns false at
// the end of the stream or at the limit (`timed_out` set).
bool read_line(int fd, std::string& buffer, std::string& line, long ms, bool& timed_out) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  timed_out = false;
  for (;;) {
    if (const auto nl = buffer.find('\n'); nl != std::string::npos) {
      line = buffer.substr(0, nl);
      buffer.erase(0, nl + 1);
      return true;
    }
    int wait_ms = -1;
    if (ms >= 0) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                            deadline - std::chrono::steady_clock::now())
                            .count();
      if (left <= 0) {
        timed_out = true;
        return false;
      }
      wait_ms = static_cast<int>(left);
    }
    struct pollfd p {
      fd, POLLIN, 0
    };
    const int n = ::poll(&p, 1, wait_ms);
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) continue; // the deadline is checked above
    char chunk[256];
    const ssize_t got = ::read(fd, chunk, sizeof chunk);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    buffer.append(chunk, static_cast<std::size_t>(got));
  }
}

// Runs the group runs[first..last) in as many child processes as it takes.
void run_group(const std::vector<Run>& runs, std::size_t first, std::size_t last,
               std::vector<Result>& results, int& exit_status) {
  std::size_t next = first;
  while (next < last) {
    int fds[2];
    if (::pipe(fds) < 0) {
      std::perror("kaplan_run_many: pipe");
      std::exit(2);
    }
    std::cout.flush();
    std::fflush(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0) {
      std::perror("kaplan_run_many: fork");
      std::exit(2);
    }
    if (pid == 0) {
      ::close(fds[0]);
      run_child(runs, next, last, fds[1]);
    }
    ::close(fds[1]);
    std::string buffer, line;
    bool timed_out = false, killed = false;
    std::size_t current = next;
    bool running = false;
    auto started = std::chrono::steady_clock::now();
    for (;;) {
      const long limit_ms = running ? runs[current].limit_s * 1000 : -1;
      if (!read_line(fds[0], buffer, line, limit_ms, timed_out)) break;
      if (line == "S") {
        running = true;
        started = std::chrono::steady_clock::now();
      } else if (line.rfind("E ", 0) == 0) {
        const auto space = line.find(' ', 2);
        results[current].status = line.substr(2, space - 2);
        results[current].ms = std::stol(line.substr(space + 1));
        running = false;
        ++current;
      }
    }
    if (timed_out) {
      ::kill(pid, SIGKILL);
      killed = true;
    }
    ::close(fds[0]);
    int status = 0;
    struct rusage usage {};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    for (std::size_t i = next; i < current; ++i)
      results[i].rss_kib = usage.ru_maxrss;
    if (current < last && running) {
      // The run that was going on when the process ended or was killed.
      results[current].status = killed ? "timeout"
                                       : std::to_string(WIFSIGNALED(status) ? 128 + WTERMSIG(status)
                                                                            : WEXITSTATUS(status));
      results[current].rss_kib = usage.ru_maxrss;
      results[current].ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                std::chrono::steady_clock::now() - started)
                                .count();
      ++current;
    } else if (current == last) {
      exit_status = WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
    } else {
      std::cerr << "kaplan_run_many: the process of group " << runs[first].group
                << " ended between two runs\n";
      std::exit(2);
    }
    next = current;
  }
}

} // namespace

int main() {
  std::vector<Run> runs;
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    std::vector<std::string> fields = split_tabs(line);
    if (fields.size() < 5) {
      std::cerr << "kaplan_run_many: a run needs GROUP, LIMIT_S, STDOUT, STDERR and an argument\n";
      return 2;
    }
    runs.push_back({fields[0], std::stol(fields[1]), fields[2], fields[3],
                    std::vector<std::string>(fields.begin() + 4, fields.end())});
  }
  std::vector<Result> results(runs.size());
  std::vector<std::pair<std::string, int>> groups;
  for (std::size_t first = 0; first < runs.size();) {
    std::size_t last = first + 1;
    while (last < runs.size() && runs[last].group == runs[first].group)
      ++last;
    int exit_status = -1;
    run_group(runs, first, last, results, exit_status);
    groups.emplace_back(runs[first].group, exit_status);
    first = last;
  }
  for (const auto& r : results)
    std::cout << r.status << ' ' << r.rss_kib << ' ' << r.ms << '\n';
  for (const auto& [group, status] : groups)
    std::cout << "GROUP " << group << " exit " << (status < 0 ? "-" : std::to_string(status))
              << '\n';
  return 0;
}
