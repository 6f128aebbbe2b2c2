#include "finding_text.h"

#include <QCoreApplication>

namespace batscope::ui {

QString findingPattern(FindingCode code) {
  return QCoreApplication::translate("Finding", findingKind(code).pattern);
}

QString findingMessage(const Finding& finding) {
  // Arguments from the engine's fixed vocabulary (frame status words and the like) have
  // translations of their own; anything else (numbers, ids, positions) has none and stays.
  std::vector<std::string> args;
  args.reserve(finding.args.size());
  for (const std::string& arg : finding.args)
    args.push_back(QCoreApplication::translate("FindingTerm", arg.c_str()).toStdString());
  return QString::fromStdString(substituteFindingArgs(findingPattern(finding.code).toStdString(), args));
}

}  // namespace batscope::ui
