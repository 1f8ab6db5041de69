// SPDX-License-Identifier: MIT
#pragma once

#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace kaplan {

// Layout of a JsonWriter's output.
enum class JsonStyle {
  pretty,  // 2-space indentation, one element per line, "key": value
  compact, // no whitespace at all
};

// Streaming JSON writer into a string with deterministic output: the same
// calls always give the same bytes. It places commas, colons and indentation
// itself; keys come out in the order given (callers sort them). The output has
// no trailing newline. Misuse (a value without a key inside an object, an
// unbalanced end) is caught by assertions in debug builds only.
class JsonWriter {
public:
  // A writer producing the given layout.
  explicit JsonWriter(JsonStyle style = JsonStyle::pretty);

  // Opens an object ("{"), as a value of the enclosing key or array.
  JsonWriter& begin_object();
  // Closes the innermost object; an empty object is written "{}".
  JsonWriter& end_object();
  // Opens an array ("[").
  JsonWriter& begin_array();
  // Closes the innermost array; an empty array is written "[]".
  JsonWriter& end_array();

  // Writes a member name inside an object; the next call writes its value.
  JsonWriter& key(std::string_view k);

  // Writes a string (escaped with text::json_escape).
  JsonWriter& value(std::string_view v);
  // Writes a string; without this overload a literal would convert to bool.
  JsonWriter& value(const char* v);
  // Writes a number via text::format_number; NaN and infinities become null,
  // which JSON has no number for.
  JsonWriter& value(double v);
  // Writes a signed integer exactly.
  JsonWriter& value(long long v);
  // Writes an unsigned integer exactly.
  JsonWriter& value(unsigned long long v);
  // Writes an int exactly.
  JsonWriter& value(int v) { return value(static_cast<long long>(v)); }
  // Writes any other integer type (std::size_t, std::uint32_t, …) exactly;
  // avoids ambiguous overloads between long long and double.
  template <std::integral T>
  requires(!std::same_as<T, bool>) JsonWriter& value(T v) {
    if constexpr (std::is_signed_v<T>) {
      return value(static_cast<long long>(v));
    } else {
      return value(static_cast<unsigned long long>(v));
    }
  }
  // Writes true or false.
  JsonWriter& value(bool v);
  // Writes null.
  JsonWriter& null();

  // A writer for some of the elements of this writer's innermost open array, written
  // apart (another thread may write each part) and added back with append_part in
  // order: the text is the same as had every element been written here.
  JsonWriter part() const;
  // Adds the elements written into `p` (from part()) after those written so far.
  JsonWriter& append_part(const JsonWriter& p);
  // Adds the elements of each part in order, the text grown once for all of them.
  JsonWriter& append_parts(const std::vector<JsonWriter>& parts);

  // True when one complete value has been written and every container closed.
  bool complete() const { return stack_.empty() && wrote_root_; }

  // The text written so far.
  const std::string& str() const& { return out_; }
  // Moves the text out of a writer that is no longer needed.
  std::string str() && { return std::move(out_); }

private:
  // An open container: an object or an array, and whether it has elements yet.
  struct Frame {
    bool is_object;
    bool has_items;
  };

  // Writes what goes before a value: comma, newline and indentation.
  void before_value();
  // Writes what goes before a key, or a closing bracket's newline.
  void new_line(std::size_t depth);
  // Shared by begin_object and begin_array.
  void open(char bracket, bool is_object);
  // Shared by end_object and end_array.
  void close(char bracket, bool is_object);
  // Writes an already formatted scalar (number, literal or escaped string).
  void scalar(std::string_view text);

  std::string out_;
  std::vector<Frame> stack_;
  JsonStyle style_;
  bool after_key_ = false;
  bool wrote_root_ = false;
};

} // namespace kaplan
