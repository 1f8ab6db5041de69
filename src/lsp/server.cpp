// SPDX-License-Identifier: MIT
// The protocol: JSON-RPC 2.0 messages in and out, the lifecycle (initialize, shutdown,
// exit), documents, diagnostics and the language features. The one file of kaplan that
// includes the JSON library (a heavy header); everything a client sends is checked
// field by field before use, and nothing it sends ends the server but `exit`.
#include "kaplan/lsp/server.hpp"

#include "kaplan/lsp/features.hpp"
#include "lsp/workspace.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <variant>

namespace kaplan::lsp {
namespace {

using json = nlohmann::json;

// JSON-RPC and LSP error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;
constexpr int kServerNotInitialized = -32002;
constexpr int kRequestCancelled = -32800;

// Nesting deeper than this is refused before parsing: no message of the protocol comes
// near it, and nothing recursive ever meets a deeper value.
constexpr int kMaxDepth = 64;

bool too_deep(std::string_view body) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxDepth) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

// --- Reading what the client sent: every field's type checked --------------------------

const json* field(const json& obj, const char* key) {
  if (!obj.is_object()) return nullptr;
  auto it = obj.find(key);
  return it == obj.end() ? nullptr : &*it;
}

std::optional<std::string> string_field(const json& obj, const char* key) {
  const json* v = field(obj, key);
  if (!v || !v->is_string()) return std::nullopt;
  return v->get<std::string>();
}

std::optional<std::int64_t> int_field(const json& obj, const char* key) {
  const json* v = field(obj, key);
  if (!v) return std::nullopt;
  if (v->is_number_unsigned()) {
    auto u = v->get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(INT64_MAX)) return std::nullopt;
    return static_cast<std::int64_t>(u);
  }
  if (v->is_number_integer()) return v->get<std::int64_t>();
  return std::nullopt;
}

std::optional<std::uint32_t> uint_field(const json& obj, const char* key) {
  auto v = int_field(obj, key);
  if (!v || *v < 0 || *v > static_cast<std::int64_t>(UINT32_MAX)) return std::nullopt;
  return static_cast<std::uint32_t>(*v);
}

std::optional<Position> position_field(const json& obj, const char* key) {
  const json* v = field(obj, key);
  if (!v) return std::nullopt;
  auto line = uint_field(*v, "line");
  auto character = uint_field(*v, "character");
  if (!line || !character) return std::nullopt;
  return Position{*line, *character};
}

std::optional<Range> range_field(const json& obj, const char* key) {
  const json* v = field(obj, key);
  if (!v) return std::nullopt;
  auto start = position_field(*v, "start");
  auto end = position_field(*v, "end");
  if (!start || !end) return std::nullopt;
  return Range{*start, *end};
}

// params.textDocument.uri
std::optional<std::string> document_uri(const json& params) {
  const json* doc = field(params, "textDocument");
  return doc ? string_field(*doc, "uri") : std::nullopt;
}

// --- Writing -----------------------------------------------------------------------------

json to_json(Position p) {
  return {{"line", p.line}, {"character", p.character}};
}

json to_json(const Range& r) {
  return {{"start", to_json(r.start)}, {"end", to_json(r.end)}};
}

json to_json(const Diagnostic& d) {
  json j = {{"range", to_json(d.range)},
            {"severity", d.severity},
            {"source", "kaplan"},
            {"message", d.message}};
  if (!d.code.empty()) j["code"] = d.code;
  if (!d.href.empty()) j["codeDescription"] = {{"href", d.href}};
  if (!d.related.empty()) {
    json related = json::array();
    for (const auto& r : d.related)
      related.push_back(
          {{"location", {{"uri", r.uri}, {"range", to_json(r.range)}}}, {"message", r.message}});
    j["relatedInformation"] = std::move(related);
  }
  return j;
}

// One request to answer: what went wrong, with its JSON-RPC code.
struct Failure {
  int code;
  std::string message;
};

} // namespace

struct Server::Impl {
  enum class Phase : std::uint8_t { fresh, running, shut_down };

  Server& self;
  ServerOptions options;
  std::function<void(std::string)> send;
  Workspace workspace;
  Phase phase = Phase::fresh;

  Impl(Server& s, ServerOptions o, std::function<void(std::string)> out)
      : self(s), options(std::move(o)), send(std::move(out)), workspace(options) {}

  void write(const json& message) {
    // Invalid UTF-8 (a plan's bytes in a message) is replaced, never thrown on.
    std::string body = message.dump(-1, ' ', false, json::error_handler_t::replace);
    send("Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
  }
  void respond(const json& id, json result) {
    write({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
  }
  void fail(const json& id, int code, const std::string& message) {
    write({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
  }
  void notify(const char* method, json params) {
    write({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
  }
  void log(const std::string& message) {
    notify("window/logMessage", {{"type", 2}, {"message", "kaplan: " + message}});
  }

  void publish(std::vector<Publication>& pubs) {
    for (auto& p : pubs) {
      json diagnostics = json::array();
      for (const auto& d : p.diagnostics)
        diagnostics.push_back(to_json(d));
      json params = {{"uri", p.uri}, {"diagnostics", std::move(diagnostics)}};
      if (p.version) params["version"] = *p.version;
      notify("textDocument/publishDiagnostics", std::move(params));
    }
    pubs.clear();
  }

  // --- Messages ----------------------------------------------------------------------

  // A parsed message, or what to answer for one that is not.
  struct Incoming {
    json message;
    std::optional<Failure> failure;
  };

  static Incoming parse(const Frame& frame) {
    if (!frame.ok) return {{}, Failure{kParseError, "bad header: " + frame.error}};
    if (too_deep(frame.body))
      return {{}, Failure{kInvalidRequest, "nesting deeper than 64 levels"}};
    json message = json::parse(frame.body, nullptr, /*allow_exceptions=*/false);
    if (message.is_discarded()) return {{}, Failure{kParseError, "not JSON"}};
    return {std::move(message), std::nullopt};
  }

  static bool valid_id(const json& id) { return id.is_string() || id.is_number_integer(); }

  void on_frames(std::span<const Frame> frames) {
    std::vector<Incoming> incoming;
    incoming.reserve(frames.size());
    for (const auto& frame : frames)
      incoming.push_back(parse(frame));
    std::vector<json> cancelled;
    for (const auto& in : incoming)
      if (!in.failure && in.message.is_object() &&
          string_field(in.message, "method") == "$/cancelRequest")
        if (const json* params = field(in.message, "params"))
          if (const json* id = field(*params, "id"); id && valid_id(*id)) cancelled.push_back(*id);
    for (const auto& in : incoming) {
      if (self.exited()) return;
      if (in.failure) {
        fail(nullptr, in.failure->code, in.failure->message);
        continue;
      }
      dispatch(in.message, cancelled);
    }
  }

  void dispatch(const json& message, const std::vector<json>& cancelled) {
    if (!message.is_object()) return fail(nullptr, kInvalidRequest, "a message is a JSON object");
    const json* id = field(message, "id");
    if (id && !valid_id(*id))
      return fail(nullptr, kInvalidRequest, "an id is a string or an integer");
    const json reply_id = id ? *id : json(nullptr);
    if (string_field(message, "jsonrpc") != "2.0")
      return fail(reply_id, kInvalidRequest, "jsonrpc is not \"2.0\"");
    const json* method_field = field(message, "method");
    if (!method_field) {
      if (id && (field(message, "result") || field(message, "error")))
        return; // a response: none expected
      return fail(reply_id, kInvalidRequest, "no method");
    }
    if (!method_field->is_string())
      return fail(reply_id, kInvalidRequest, "the method is not a string");
    const std::string method = method_field->get<std::string>();
    static const json no_params = json::object();
    const json* params = field(message, "params");
    if (params && !params->is_object() && !params->is_array()) {
      if (id) fail(reply_id, kInvalidParams, "params is neither an object nor an array");
      return;
    }
    if (!params) params = &no_params;
    if (method == "exit") { // whatever the phase: status 0 only after shutdown
      if (!id)
        self.exit_status_ = phase == Phase::shut_down ? 0 : 1;
      else
        fail(reply_id, kInvalidRequest, "exit is a notification");
      return;
    }
    try {
      if (id) {
        if (std::find(cancelled.begin(), cancelled.end(), *id) != cancelled.end())
          return fail(reply_id, kRequestCancelled, "cancelled");
        request(reply_id, method, *params);
      } else {
        notification(method, *params);
      }
    } catch (const std::exception& e) {
      if (id) fail(reply_id, kInternalError, std::string("internal error: ") + e.what());
    } catch (const StopError& e) {
      if (id) fail(reply_id, kInternalError, "internal error: " + e.key);
    }
  }

  void request(const json& id, const std::string& method, const json& params) {
    if (phase == Phase::fresh && method != "initialize")
      return fail(id, kServerNotInitialized, "the server is not initialized");
    if (phase == Phase::shut_down) return fail(id, kInvalidRequest, "the server is shutting down");
    if (method == "initialize") {
      if (phase != Phase::fresh) return fail(id, kInvalidRequest, "initialize was sent already");
      return initialize(id, params);
    }
    if (method == "shutdown") {
      phase = Phase::shut_down;
      return respond(id, nullptr);
    }
    std::optional<std::string> uri = document_uri(params);
    if (method.starts_with("textDocument/") && !uri)
      return fail(id, kInvalidParams, "no textDocument.uri");
    const bool at_position =
        method == "textDocument/hover" || method == "textDocument/definition" ||
        method == "textDocument/references" || method == "textDocument/completion";
    if (at_position && !position_field(params, "position"))
      return fail(id, kInvalidParams, "no position of two non-negative integers");
    if (method == "textDocument/codeAction" && !range_field(params, "range"))
      return fail(id, kInvalidParams, "no range");
    std::vector<Publication> pubs;
    // A change still waiting for its debounce is checked first: an answer is never about
    // older text than the client's, and its diagnostics go out before the answer.
    // Completion, asked at each keystroke, works on the last plan and the current text.
    if (uri && method != "textDocument/completion") workspace.view(*uri, pubs);
    std::variant<json, Failure> result = Failure{kMethodNotFound, "no method " + method};
    if (method == "textDocument/hover")
      result = hover(*uri, params, pubs);
    else if (method == "textDocument/definition")
      result = definition(*uri, params, pubs);
    else if (method == "textDocument/references")
      result = references(*uri, params, pubs);
    else if (method == "textDocument/completion")
      result = completion(*uri, params, pubs);
    else if (method == "textDocument/documentSymbol")
      result = document_symbols(*uri, pubs);
    else if (method == "textDocument/codeAction")
      result = code_action(*uri, params, pubs);
    publish(pubs);
    if (auto* f = std::get_if<Failure>(&result)) return fail(id, f->code, f->message);
    respond(id, std::move(std::get<json>(result)));
  }

  void initialize(const json& id, const json& params) {
    if (!params.is_object()) return fail(id, kInvalidParams, "initialize takes an object");
    bool utf8 = false;
    if (const json* caps = field(params, "capabilities"))
      if (const json* general = field(*caps, "general"))
        if (const json* encodings = field(*general, "positionEncodings");
            encodings && encodings->is_array())
          for (const auto& e : *encodings)
            if (e.is_string() && e.get<std::string>() == "utf-8") utf8 = true;
    workspace.encoding = utf8 ? Encoding::utf8 : Encoding::utf16;
    if (options.lang)
      workspace.lang = *options.lang;
    else if (auto locale = string_field(params, "locale"))
      workspace.lang = locale->starts_with("zh") ? Lang::zh : Lang::en;
    else
      workspace.lang = options.fallback_lang;
    phase = Phase::running;
    json capabilities = {
        {"positionEncoding", utf8 ? "utf-8" : "utf-16"},
        {"textDocumentSync",
         {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
        {"hoverProvider", true},
        {"definitionProvider", true},
        {"referencesProvider", true},
        {"completionProvider", {{"triggerCharacters", {" ", "[", ","}}}},
        {"documentSymbolProvider", true},
        {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
    };
    respond(id, {{"capabilities", std::move(capabilities)},
                 {"serverInfo", {{"name", "kaplan"}, {"version", KAPLAN_VERSION}}}});
  }

  void notification(const std::string& method, const json& params) {
    if (phase != Phase::running) return; // before initialize and after shutdown: dropped
    const auto now = Clock::now();
    std::vector<Publication> pubs;
    if (method == "textDocument/didOpen") {
      const json* doc = field(params, "textDocument");
      auto uri = doc ? string_field(*doc, "uri") : std::nullopt;
      auto text = doc ? string_field(*doc, "text") : std::nullopt;
      auto version = doc ? int_field(*doc, "version") : std::nullopt;
      if (!uri || !text || !version)
        return log("didOpen without textDocument.uri, text and version: ignored");
      if (!workspace.open(*uri, std::move(*text), *version, now))
        log("not a local file, not checked: " + *uri);
    } else if (method == "textDocument/didChange") {
      did_change(params, now);
    } else if (method == "textDocument/didClose") {
      if (auto uri = document_uri(params)) workspace.close(*uri, now, pubs);
    } else if (method == "textDocument/didSave") {
      if (auto uri = document_uri(params)) workspace.saved(*uri, now);
    }
    // initialized, $/cancelRequest (seen in on_frames), $/setTrace and anything else:
    // nothing to do.
    publish(pubs);
  }

  void did_change(const json& params, Clock::time_point now) {
    const json* doc = field(params, "textDocument");
    auto uri = doc ? string_field(*doc, "uri") : std::nullopt;
    auto version = doc ? int_field(*doc, "version") : std::nullopt;
    const json* changes = field(params, "contentChanges");
    if (!uri || !version || !changes || !changes->is_array())
      return log("didChange without textDocument.uri, version and contentChanges: ignored");
    const std::string* current = workspace.text(*uri);
    if (!current) return;
    std::string text = *current;
    for (const auto& change : *changes) {
      auto new_text = string_field(change, "text");
      if (!new_text) return log("a change without text: the document is left as it was");
      if (field(change, "range")) {
        auto range = range_field(change, "range");
        if (!range) return log("a change with a malformed range: the document is left as it was");
        std::size_t begin = offset_of(text, range->start, workspace.encoding);
        std::size_t end = offset_of(text, range->end, workspace.encoding);
        if (end < begin) return log("a change whose range ends before it starts: ignored");
        text.replace(begin, end - begin, *new_text);
      } else {
        text = std::move(*new_text);
      }
      if (text.size() > kMaxBody) return log("a document over 64 MiB: the change is ignored");
    }
    workspace.change(*uri, std::move(text), *version, now);
  }

  // --- Language features -------------------------------------------------------------

  // The URI the client knows a file by (its own, when the file is open).
  std::string uri_of(const SourceSet& sources, std::uint32_t file) const {
    return file < sources.files.size() ? workspace.uri_for(sources.files[file].path)
                                       : std::string();
  }

  // The view of a document and the place the request points at.
  struct At {
    View view;
    Location loc;
  };
  std::variant<At, Failure> at(const std::string& uri, const json& params,
                               std::vector<Publication>& pubs, bool check_pending = true) {
    auto pos = position_field(params, "position");
    if (!pos) return Failure{kInvalidParams, "no position"};
    std::optional<View> v = workspace.view(uri, pubs, check_pending);
    if (!v || !v->good || v->file == kNoFile) return Failure{0, {}}; // no plan: an empty answer
    Location loc = workspace.location_of(*v->sources, v->file, *pos);
    return At{std::move(*v), loc};
  }

  json span_json(const SourceSet& sources, const Span& span) const {
    return to_json(workspace.span_range(sources, span.begin, span.end));
  }
  json location_json(const SourceSet& sources, const Span& span) const {
    return {{"uri", uri_of(sources, span.begin.file)}, {"range", span_json(sources, span)}};
  }

  std::variant<json, Failure> hover(const std::string& uri, const json& params,
                                    std::vector<Publication>& pubs) {
    auto a = at(uri, params, pubs);
    if (auto* f = std::get_if<Failure>(&a))
      return f->code ? std::variant<json, Failure>(*f) : json(nullptr);
    auto& [v, loc] = std::get<At>(a);
    auto h = lsp::hover(v.good->run.plan, *v.sources, loc, workspace.lang);
    if (!h) return json(nullptr);
    return json{{"contents", {{"kind", "markdown"}, {"value", h->markdown}}},
                {"range", span_json(*v.sources, h->span)}};
  }

  std::variant<json, Failure> definition(const std::string& uri, const json& params,
                                         std::vector<Publication>& pubs) {
    auto a = at(uri, params, pubs);
    if (auto* f = std::get_if<Failure>(&a))
      return f->code ? std::variant<json, Failure>(*f) : json::array();
    auto& [v, loc] = std::get<At>(a);
    json out = json::array();
    for (const auto& span : lsp::definition(v.good->run.plan, *v.sources, loc))
      out.push_back(location_json(*v.sources, span));
    return out;
  }

  std::variant<json, Failure> references(const std::string& uri, const json& params,
                                         std::vector<Publication>& pubs) {
    bool include = false;
    if (const json* context = field(params, "context"))
      if (const json* d = field(*context, "includeDeclaration"); d && d->is_boolean())
        include = d->get<bool>();
    auto a = at(uri, params, pubs);
    if (auto* f = std::get_if<Failure>(&a))
      return f->code ? std::variant<json, Failure>(*f) : json::array();
    auto& [v, loc] = std::get<At>(a);
    json out = json::array();
    for (const auto& span : lsp::references(v.good->run.plan, *v.sources, loc, include))
      out.push_back(location_json(*v.sources, span));
    return out;
  }

  std::variant<json, Failure> completion(const std::string& uri, const json& params,
                                         std::vector<Publication>& pubs) {
    auto a = at(uri, params, pubs, /*check_pending=*/false);
    if (auto* f = std::get_if<Failure>(&a))
      return f->code ? std::variant<json, Failure>(*f) : json::array();
    auto& [v, loc] = std::get<At>(a);
    json items = json::array();
    for (const auto& c : lsp::complete(v.good->run.plan, *v.sources, loc, workspace.lang)) {
      int kind = c.kind == CompletionKind::id ? 18 : c.kind == CompletionKind::enum_value ? 20 : 10;
      items.push_back(
          {{"label", c.label},
           {"detail", c.detail},
           {"kind", kind},
           {"textEdit", {{"range", span_json(*v.sources, c.replace)}, {"newText", c.label}}}});
    }
    return json{{"isIncomplete", false}, {"items", std::move(items)}};
  }

  static int symbol_kind(EntityKind kind) {
    switch (kind) {
    case EntityKind::plan:
      return 2; // Module
    case EntityKind::person:
    case EntityKind::unit:
      return 5; // Class
    case EntityKind::kpi:
      return 16; // Number
    case EntityKind::objective:
    case EntityKind::strategy:
      return 23; // Struct
    case EntityKind::action:
    case EntityKind::decision:
    case EntityKind::review:
      return 24; // Event
    default:
      return 13; // Variable
    }
  }
  json symbol_json(const SourceSet& sources, const Symbol& s) const {
    json children = json::array();
    for (const auto& c : s.children)
      children.push_back(symbol_json(sources, c));
    return {{"name", s.name.empty() ? std::string("?") : s.name},
            {"detail", s.detail},
            {"kind", symbol_kind(s.kind)},
            {"range", span_json(sources, s.span)},
            {"selectionRange", span_json(sources, s.selection)},
            {"children", std::move(children)}};
  }

  std::variant<json, Failure> document_symbols(const std::string& uri,
                                               std::vector<Publication>& pubs) {
    std::optional<View> v = workspace.view(uri, pubs);
    json out = json::array();
    if (!v || !v->good || v->file == kNoFile) return out;
    for (const auto& s : lsp::symbols(v->good->run.plan, *v->sources, v->file, workspace.lang))
      out.push_back(symbol_json(*v->sources, s));
    return out;
  }

  std::variant<json, Failure> code_action(const std::string& uri, const json& params,
                                          std::vector<Publication>& pubs) {
    auto range = range_field(params, "range");
    if (!range) return Failure{kInvalidParams, "no range"};
    std::optional<View> v = workspace.view(uri, pubs);
    json out = json::array();
    if (!v || !v->latest || v->latest_file == kNoFile) return out;
    const SourceSet& sources = v->latest->sources;
    Span span{workspace.location_of(sources, v->latest_file, range->start),
              workspace.location_of(sources, v->latest_file, range->end)};
    for (const auto& action : lsp::code_actions(v->latest->run.plan, sources,
                                                v->latest->run.findings, span, workspace.lang)) {
      json changes = json::object();
      for (const auto& edit : action.edits) {
        std::string edit_uri = uri_of(sources, edit.span.begin.file);
        if (edit_uri.empty()) continue;
        changes[edit_uri].push_back(
            {{"range", span_json(sources, edit.span)}, {"newText", edit.new_text}});
      }
      json a = {{"title", action.title},
                {"kind", "quickfix"},
                {"edit", {{"changes", std::move(changes)}}}};
      if (action.preferred) a["isPreferred"] = true;
      out.push_back(std::move(a));
    }
    return out;
  }
};

Server::Server(ServerOptions options, std::function<void(std::string)> send)
    : impl_(std::make_unique<Impl>(*this, std::move(options), std::move(send))) {}

Server::~Server() = default;

void Server::on_frames(std::span<const Frame> frames) {
  impl_->on_frames(frames);
}

std::optional<Server::Clock::time_point> Server::due() const {
  if (impl_->phase != Impl::Phase::running) return std::nullopt;
  return impl_->workspace.due();
}

void Server::tick(Clock::time_point now) {
  std::vector<Publication> pubs;
  try {
    impl_->workspace.tick(now, pubs);
  } catch (const std::exception& e) {
    impl_->log(std::string("the plan could not be checked: ") + e.what());
  }
  impl_->publish(pubs);
}

} // namespace kaplan::lsp
