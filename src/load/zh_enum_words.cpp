// SPDX-License-Identifier: MIT
// The one table of Chinese words planners write for the English values of the format's
// enumerations. The words are data matched against a plan's text (and shown back as
// the planner's own term), not text chosen by language: the same in en and zh output.
#include "kaplan/model/enum_names.hpp"
#include "load/zh_keyboard.hpp"

#include <array>

namespace kaplan::load {
namespace {

// One row per enumeration value that has Chinese words: the enumeration (its k…Names
// array), the value, the term of docs/terms-zh.md (shown in the hint) and other words
// planners type for it. The format stays English-valued; these words only feed hints.
struct WordRow {
  std::span<const std::string_view> names;
  std::string_view value;
  std::string_view term;
  std::array<std::string_view, 4> variants{};
};

const WordRow kZhEnumWords[] = {
    {kPerspectiveNames, "financial", "财务", {"财务维度", "财务层面"}},
    {kPerspectiveNames, "customer", "客户", {"客户维度", "客户层面"}},
    {kPerspectiveNames,
     "internal",
     "内部运营",
     {"内部流程", "内部业务流程", "内部", "内部运营维度"}},
    {kPerspectiveNames, "learning", "学习与成长", {"学习成长", "学习和成长", "学习与发展", "学习"}},
    {kPlanStatusNames, "draft", "草稿", {"初稿", "起草中"}},
    {kPlanStatusNames, "review", "评审中", {"评审", "审核中", "待审批"}},
    {kPlanStatusNames, "approved", "已批准", {"批准", "已审批", "已通过"}},
    {kUnitKindNames, "company", "公司", {"省公司", "总公司"}},
    {kUnitKindNames, "department", "部门", {"部室"}},
    {kUnitKindNames, "region", "区域", {"地区", "大区", "片区"}},
    {kUnitKindNames, "branch", "分公司", {"分支机构", "地市公司", "市公司"}},
    {kUnitKindNames, "team", "团队", {"小组", "班组"}},
    {kFactorCategoryNames, "policy", "政策", {"政策法规"}},
    {kFactorCategoryNames, "economy", "经济", {"宏观经济"}},
    {kFactorCategoryNames, "society", "社会", {"社会文化"}},
    {kFactorCategoryNames, "technology", "技术", {"科技"}},
    {kFactorCategoryNames, "industry", "行业", {"产业"}},
    {kFactorCategoryNames, "customer", "客户", {"客户需求"}},
    {kFactorCategoryNames, "competition", "竞争", {"竞争对手"}},
    {kImpactNames, "high", "高", {"大"}},
    {kImpactNames, "medium", "中", {"中等", "一般"}},
    {kImpactNames, "low", "低", {"小"}},
    {kEffectNames, "opportunity", "机会", {"机遇"}},
    {kEffectNames, "threat", "威胁", {"挑战"}},
    {kSegmentPriorityNames, "core", "核心", {"重点"}},
    {kSegmentPriorityNames, "grow", "成长", {"发展", "增长", "培育"}},
    {kSegmentPriorityNames, "maintain", "维持", {"保持", "维护"}},
    {kSegmentPriorityNames, "exit", "退出", {"放弃"}},
    {kSourceKindNames, "survey", "问卷调查", {"问卷", "调查", "调研"}},
    {kSourceKindNames, "interview", "访谈", {"座谈"}},
    {kSourceKindNames, "report", "报告", {"研究报告", "行业报告"}},
    {kSourceKindNames, "data", "数据", {"统计数据", "经营数据"}},
    {kSourceKindNames, "workshop", "研讨会", {"工作坊", "研讨"}},
    {kDirectionNames, "up", "越高越好", {"正向", "越大越好"}},
    {kDirectionNames, "down", "越低越好", {"反向", "越小越好"}},
    {kRollupNames, "sum", "求和", {"合计", "加总", "汇总"}},
    {kRollupNames, "mean", "平均", {"平均值", "均值"}},
    {kRollupNames, "min", "最小值", {"最小"}},
    {kRollupNames, "max", "最大值", {"最大"}},
    {kKpiTypeNames, "cumulative", "累计型", {"累计", "累计值"}},
    {kKpiTypeNames, "level", "时点型", {"时点", "时点值"}},
    {kStrategyKindNames, "market", "市场", {"市场策略", "市场战略"}},
    {kStrategyKindNames, "internal", "管理提升", {"内部", "内部管理"}},
    {kAssetKindNames, "talent", "人才", {"人力", "人员"}},
    {kAssetKindNames, "information", "信息", {"数据"}},
    {kAssetKindNames, "external", "外部关系", {"外部"}},
    {kAssetKindNames, "group", "集团公司", {"集团"}},
    {kAssetKindNames, "partner", "产业合作伙伴", {"合作伙伴", "伙伴"}},
    {kAssetKindNames, "fixed-asset", "固定资产", {"资产"}},
    {kAssetKindNames, "other", "其他", {"其它"}},
    {kPriorityNames, "critical", "关键", {"紧急", "最高"}},
    {kPriorityNames, "high", "高", {"较高"}},
    {kPriorityNames, "normal", "一般", {"普通", "中"}},
    {kPriorityNames, "low", "低", {"较低"}},
    {kStageNames, "issues", "战略问题", {"问题"}},
    {kStageNames, "objectives", "战略目标", {"目标"}},
    {kStageNames, "strategies", "实施战略", {"战略", "策略"}},
    {kStageNames, "resources", "资源配置", {"资源"}},
    {kStageNames, "approval", "审批", {"规划审批", "批准"}},
    {kCadenceNames, "monthly", "每月", {"月度", "按月"}},
    {kCadenceNames, "quarterly", "每季度", {"季度", "按季"}},
    {kCadenceNames, "half-yearly", "每半年", {"半年度", "半年"}},
    {kCadenceNames, "yearly", "每年", {"年度", "按年"}},
    {kActionStatusNames, "not-started", "未开始", {"未启动"}},
    {kActionStatusNames, "in-progress", "进行中", {"执行中", "实施中"}},
    {kActionStatusNames, "done", "已完成", {"完成"}},
    {kActionStatusNames, "dropped", "已取消", {"取消", "终止"}},
    {kBaselineSourceNames, "actual", "实际值", {"实际"}},
    {kBaselineSourceNames, "forecast", "预测值", {"预测", "全年预测"}},
    {kBaselineSourceNames, "target", "目标值", {"目标"}},
    {kBaselineSourceNames, "none", "无"},
    {kTargetMethodNames, "trend", "趋势", {"趋势外推"}},
    {kTargetMethodNames, "parent-share", "按上级占比", {"上级占比"}},
    {kTargetMethodNames, "given", "给定", {"已给定"}},
    {kTargetMethodNames, "none", "无"},
    {kRollOutcomeNames, "left-out", "未纳入", {"剔除"}},
    {kRollOutcomeNames, "carried", "结转", {"延续"}},
    {kRollOutcomeNames, "kept", "保留"},
    {kRollCategoryNames, "extends", "跨入下一周期", {"跨年"}},
    {kRollCategoryNames, "forecast-slip", "预计延期", {"延期"}},
    {kRollCategoryNames, "overdue", "逾期", {"已逾期"}},
    {kRollCategoryNames, "finished", "已完成", {"完成"}},
    {kRollCategoryNames, "dropped", "已取消", {"取消"}},
    {kRollCategoryNames, "within-year", "年内完成", {"预计年内完成"}},
    {kRollCategoryNames, "later", "下一周期开始", {"以后开始"}},
};

} // namespace

std::optional<ZhEnumWord> zh_enum_word(std::string_view word,
                                       std::span<const std::string_view> names) {
  for (const auto& row : kZhEnumWords) {
    if (row.names.data() != names.data()) continue;
    bool match = word == row.term;
    for (auto v : row.variants)
      match = match || (!v.empty() && v == word);
    if (match) return ZhEnumWord{row.value, row.term};
  }
  return std::nullopt;
}

} // namespace kaplan::load
