// SPDX-License-Identifier: MIT
#include "kaplan/model/diagnostic.hpp"

#include "kaplan/util/text.hpp"

namespace kaplan {

std::string_view severity_name(Severity s) {
  switch (s) {
  case Severity::error:
    return "error";
  case Severity::warning:
    return "warning";
  case Severity::info:
    return "info";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view s) {
  if (s == "error") return Severity::error;
  if (s == "warning") return Severity::warning;
  if (s == "info") return Severity::info;
  return std::nullopt;
}

Arg arg(std::string name, std::string_view value) {
  return {std::move(name), std::string(value)};
}
Arg arg(std::string name, const char* value) {
  return {std::move(name), std::string(value)};
}
Arg arg(std::string name, const std::string& value) {
  return {std::move(name), value};
}
Arg arg(std::string name, long long value) {
  return {std::move(name), std::to_string(value)};
}
Arg arg(std::string name, int value) {
  return {std::move(name), std::to_string(value)};
}
Arg arg(std::string name, unsigned value) {
  return {std::move(name), std::to_string(value)};
}
Arg arg(std::string name, std::size_t value) {
  return {std::move(name), std::to_string(value)};
}
Arg arg(std::string name, double value) {
  return {std::move(name), text::format_number(value)};
}

} // namespace kaplan
