// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/plan.hpp"

#include <array>
#include <span>
#include <string_view>

namespace kaplan {

// The names enumerations are written with in plans; index = enum value.
inline constexpr std::array<std::string_view, 5> kUnitKindNames{"company", "department", "region",
                                                                "branch", "team"};
inline constexpr std::array<std::string_view, 3> kPlanStatusNames{"draft", "review", "approved"};
inline constexpr std::array<std::string_view, 7> kFactorCategoryNames{
    "policy", "economy", "society", "technology", "industry", "customer", "competition"};
inline constexpr std::array<std::string_view, 3> kImpactNames{"high", "medium", "low"};
inline constexpr std::array<std::string_view, 2> kEffectNames{"opportunity", "threat"};
inline constexpr std::array<std::string_view, 4> kSegmentPriorityNames{"core", "grow", "maintain",
                                                                       "exit"};
inline constexpr std::array<std::string_view, 5> kSourceKindNames{"survey", "interview", "report",
                                                                  "data", "workshop"};
inline constexpr std::array<std::string_view, 4> kPerspectiveNames{"financial", "customer",
                                                                   "internal", "learning"};
inline constexpr std::array<std::string_view, 2> kDirectionNames{"up", "down"};
inline constexpr std::array<std::string_view, 4> kRollupNames{"sum", "mean", "min", "max"};
inline constexpr std::array<std::string_view, 2> kKpiTypeNames{"cumulative", "level"};
inline constexpr std::array<std::string_view, 2> kStrategyKindNames{"market", "internal"};
inline constexpr std::array<std::string_view, 7> kAssetKindNames{
    "talent", "information", "external", "group", "partner", "fixed-asset", "other"};
inline constexpr std::array<std::string_view, 4> kPriorityNames{"critical", "high", "normal",
                                                                "low"};
inline constexpr std::array<std::string_view, 5> kStageNames{"issues", "objectives", "strategies",
                                                             "resources", "approval"};
inline constexpr std::array<std::string_view, 4> kCadenceNames{"monthly", "quarterly",
                                                               "half-yearly", "yearly"};
inline constexpr std::array<std::string_view, 4> kActionStatusNames{"not-started", "in-progress",
                                                                    "done", "dropped"};
inline constexpr std::array<std::string_view, 4> kBaselineSourceNames{"actual", "forecast",
                                                                      "target", "none"};
inline constexpr std::array<std::string_view, 4> kTargetMethodNames{"trend", "parent-share",
                                                                    "given", "none"};
inline constexpr std::array<std::string_view, 3> kRollOutcomeNames{"left-out", "carried", "kept"};
inline constexpr std::array<std::string_view, 7> kRollCategoryNames{
    "extends", "forecast-slip", "overdue", "finished", "dropped", "within-year", "later"};

// The written name of an enumeration value.
inline std::string_view name(BaselineSource v) {
  return kBaselineSourceNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(TargetMethod v) {
  return kTargetMethodNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(RollOutcome v) {
  return kRollOutcomeNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(RollCategory v) {
  return kRollCategoryNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(UnitKind v) {
  return kUnitKindNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(PlanStatus v) {
  return kPlanStatusNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(FactorCategory v) {
  return kFactorCategoryNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(Impact v) {
  return kImpactNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(Effect v) {
  return kEffectNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(SegmentPriority v) {
  return kSegmentPriorityNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(SourceKind v) {
  return kSourceKindNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(Perspective v) {
  return kPerspectiveNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(Direction v) {
  return kDirectionNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(Rollup v) {
  return kRollupNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(KpiType v) {
  return kKpiTypeNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(StrategyKind v) {
  return kStrategyKindNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(AssetKind v) {
  return kAssetKindNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(Priority v) {
  return kPriorityNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(Stage v) {
  return kStageNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(Cadence v) {
  return kCadenceNames[static_cast<std::size_t>(v)];
}
inline std::string_view name(ActionStatus v) {
  return kActionStatusNames[static_cast<std::size_t>(v)];
}

} // namespace kaplan
