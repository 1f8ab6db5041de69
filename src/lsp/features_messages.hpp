// SPDX-License-Identifier: MIT
#pragma once

// The words of the language features (hover labels, code action titles) in English and
// Chinese. The lsp layer sits above i18n, so its table is looked up here, not through
// the catalogue.

#include "kaplan/model/messages.hpp"
#include "kaplan/model/plan.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kaplan::lsp::detail {

std::span<const MessageText> features_messages();

// The key's text in `lang` with its placeholders filled; the key itself when unknown.
std::string say(std::string_view key, std::vector<Arg> args, Lang lang);

// The name of an entity kind for a reader ("KPI", "指标").
std::string kind_label(EntityKind kind, Lang lang);

} // namespace kaplan::lsp::detail
