#include "models/findings_filter_proxy.h"

#include "finding_text.h"
#include "models/findings_model.h"

namespace batscope::ui {

void FindingsFilterProxy::setSeverity(int severity) {
  if (severity == severity_) return;
  severity_ = severity;
  invalidateRowsFilter();
}

void FindingsFilterProxy::setText(const QString& text) {
  if (text == text_) return;
  text_ = text;
  invalidateRowsFilter();
}

bool FindingsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
  const auto* model = static_cast<const FindingsModel*>(sourceModel());
  if (sourceParent.isValid() || sourceRow >= model->rowCount()) return false;
  const Finding& f = model->finding(sourceRow);
  if (severity_ >= 0 && int(f.severity) != severity_) return false;
  if (text_.isEmpty()) return true;
  return QString::fromLatin1(f.category()).contains(text_, Qt::CaseInsensitive) ||
         findingCategoryText(f).contains(text_, Qt::CaseInsensitive) ||
         QString::fromStdString(f.file).contains(text_, Qt::CaseInsensitive) ||
         findingHeadline(f).contains(text_, Qt::CaseInsensitive) || findingMessage(f).contains(text_, Qt::CaseInsensitive);
}

}  // namespace batscope::ui
