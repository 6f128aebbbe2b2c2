#include "views/warnings_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "batscope/restore/index.h"
#include "finding_text.h"
#include "models/findings_filter_proxy.h"
#include "models/findings_model.h"
#include "store_session.h"
#include "view_state.h"

namespace batscope::ui {

WarningsView::WarningsView(StoreSession* session, ViewState* viewState, QWidget* parent)
    : QWidget(parent), session_(session), viewState_(viewState) {
  model_ = new FindingsModel(this);
  auto* proxy = new FindingsFilterProxy(this);
  proxy->setSourceModel(model_);
  proxy->setSortRole(FindingsModel::SortRole);
  proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
  proxy_ = proxy;

  textFilter_ = new QLineEdit(this);
  textFilter_->setPlaceholderText(tr("Filter by category, file or message"));
  textFilter_->setClearButtonEnabled(true);
  severity_ = new QComboBox(this);
  severity_->addItem(tr("All severities"));
  severity_->addItem(model_->severityIcon(Finding::Severity::Error), tr("Errors"));
  severity_->addItem(model_->severityIcon(Finding::Severity::Warning), tr("Warnings"));
  severity_->addItem(model_->severityIcon(Finding::Severity::Info), tr("Info"));
  severity_->setToolTip(tr("Show findings of one severity"));
  summary_ = new QLabel(this);
  summary_->setForegroundRole(QPalette::PlaceholderText);

  auto* bar = new QHBoxLayout;
  bar->setContentsMargins(4, 4, 4, 0);
  bar->addWidget(textFilter_, 1);
  bar->addWidget(severity_);
  bar->addWidget(summary_);

  table_ = new QTableView(this);
  table_->setModel(proxy_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setAlternatingRowColors(true);
  table_->setWordWrap(false);
  table_->setTextElideMode(Qt::ElideRight);
  table_->verticalHeader()->hide();
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->horizontalHeader()->setHighlightSections(false);
  table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);  // the session's order until asked
  table_->setSortingEnabled(true);
  table_->setColumnWidth(FindingsModel::Severity, table_->fontMetrics().horizontalAdvance(tr("warning")) + 44);
  int categoryWidth = 0;  // the widest category in the window's language, within reason
  for (const FindingKind& kind : findingKinds()) {
    Finding sample;
    sample.code = kind.code;
    categoryWidth = std::max(categoryWidth, table_->fontMetrics().horizontalAdvance(findingCategoryText(sample)));
  }
  table_->setColumnWidth(FindingsModel::Category, std::min(categoryWidth, table_->fontMetrics().averageCharWidth() * 18) + 20);
  table_->setColumnWidth(FindingsModel::File, table_->fontMetrics().horizontalAdvance(QStringLiteral("000000.fbat")) + 20);
  table_->setColumnWidth(FindingsModel::Offset, table_->fontMetrics().horizontalAdvance(QStringLiteral("00000000")) + 20);
  QFont mono(QStringLiteral("monospace"));
  mono.setStyleHint(QFont::Monospace);
  table_->setColumnWidth(FindingsModel::EventId, QFontMetrics(mono).horizontalAdvance(QString(16, QLatin1Char('0'))) + 16);

  // The message is what people read: right after the category, taking the spare width.
  table_->horizontalHeader()->moveSection(table_->horizontalHeader()->visualIndex(FindingsModel::Message),
                                          table_->horizontalHeader()->visualIndex(FindingsModel::Category) + 1);
  table_->horizontalHeader()->setStretchLastSection(false);
  table_->horizontalHeader()->setSectionResizeMode(FindingsModel::Message, QHeaderView::Stretch);
  table_->horizontalHeader()->setMinimumSectionSize(40);
  // File, offset and event id are in the details below; the dock is narrow. (The text filter
  // still matches the file.)
  table_->setColumnHidden(FindingsModel::File, true);
  table_->setColumnHidden(FindingsModel::Offset, true);
  table_->setColumnHidden(FindingsModel::EventId, true);

  // The whole of the selected finding, wrapped: the table cuts long messages.
  details_ = new QLabel(this);
  details_->setObjectName(QStringLiteral("FindingDetails"));
  details_->setWordWrap(true);
  details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  details_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  details_->setContentsMargins(6, 4, 6, 4);
  details_->setMinimumHeight(details_->fontMetrics().lineSpacing() * 4 + 8);
  details_->setText(tr("Select a finding to read it whole. A click on one about an event selects the event; "
                       "a double-click on one about a place narrows the table to its segment."));

  showBytes_ = new QPushButton(tr("Show Bytes"), this);
  showBytes_->setObjectName(QStringLiteral("ShowFindingBytes"));
  showBytes_->setToolTip(tr("Show the bytes of the file at the offset this finding names"));
  showBytes_->setEnabled(false);
  auto* detailsRow = new QHBoxLayout;
  detailsRow->setContentsMargins(0, 0, 4, 4);
  detailsRow->addWidget(details_, 1);
  detailsRow->addWidget(showBytes_, 0, Qt::AlignTop);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(4);
  layout->addLayout(bar);
  layout->addWidget(table_, 1);
  layout->addLayout(detailsRow);

  connect(textFilter_, &QLineEdit::textChanged, this, &WarningsView::setTextFilter);
  connect(severity_, &QComboBox::currentIndexChanged, this, &WarningsView::setSeverityFilter);
  connect(table_, &QAbstractItemView::activated, this, &WarningsView::activateFinding);
  connect(showBytes_, &QPushButton::clicked, this, [this] {
    const QModelIndex source = proxy_->mapToSource(table_->currentIndex());
    if (!source.isValid()) return;
    const Finding& f = model_->finding(source.row());
    if (f.offset) emit showBytesRequested(QString::fromStdString(f.file), *f.offset);
  });
  connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WarningsView::showFinding);
  connect(model_, &FindingsModel::countsChanged, this, [this] {
    updateSummary();
    emit countsChanged();
  });
  if (session) {
    connect(session, &StoreSession::findingsChanged, this, &WarningsView::refresh);
    connect(session, &StoreSession::closed, this, &WarningsView::refresh);
  }
  refresh();
}

int WarningsView::count(Finding::Severity severity) const { return model_->count(severity); }

void WarningsView::refresh() {
  model_->setFindings(session_ && session_->isOpen() ? session_->findings() : std::vector<Finding>{});
  showBytes_->setEnabled(false);
}

void WarningsView::updateSummary() {
  const int errors = count(Finding::Severity::Error);
  const int warnings = count(Finding::Severity::Warning);
  const int infos = count(Finding::Severity::Info);
  QStringList parts;
  if (errors) parts << (errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors));
  if (warnings) parts << (warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings));
  if (infos) parts << (infos == 1 ? tr("1 info") : tr("%1 info").arg(infos));
  summary_->setText(parts.isEmpty() ? tr("No findings") : parts.join(QStringLiteral(" · ")));
}

void WarningsView::setSeverityFilter(int filter) {
  if (severity_->currentIndex() != filter) severity_->setCurrentIndex(filter);
  int severity = -1;
  switch (filter) {
    case ErrorsOnly: severity = int(Finding::Severity::Error); break;
    case WarningsOnly: severity = int(Finding::Severity::Warning); break;
    case InfoOnly: severity = int(Finding::Severity::Info); break;
    default: break;
  }
  static_cast<FindingsFilterProxy*>(proxy_)->setSeverity(severity);
}

void WarningsView::setTextFilter(const QString& text) {
  if (textFilter_->text() != text) textFilter_->setText(text);
  static_cast<FindingsFilterProxy*>(proxy_)->setText(text.trimmed());
}

// A single click: the finding in full below the table, and its event selected when the
// index holds it (the table and details follow).
void WarningsView::showFinding(const QModelIndex& proxyIndex) {
  const QModelIndex source = proxyIndex.isValid() ? proxy_->mapToSource(proxyIndex) : QModelIndex();
  if (!source.isValid()) {
    showBytes_->setEnabled(false);
    return;
  }
  details_->setText(model_->index(source.row(), 0).data(FindingsModel::DetailsRole).toString());
  const Finding& f = model_->finding(source.row());
  showBytes_->setEnabled(f.offset && !f.file.empty());
  if (f.eventId && viewState_ && session_ && session_->index()) {
    const uint32_t row = session_->index()->findById(*f.eventId);
    if (row != Index::kNoRow) viewState_->setCurrentRow(row);
  }
}

void WarningsView::activateFinding(const QModelIndex& proxyIndex) {
  if (!proxyIndex.isValid() || !viewState_) return;
  const QModelIndex source = proxy_->mapToSource(proxyIndex);
  if (!source.isValid()) return;
  const Finding& f = model_->finding(source.row());
  if (f.eventId && session_ && session_->index()) {
    const uint32_t row = session_->index()->findById(*f.eventId);
    if (row != Index::kNoRow) {
      viewState_->setCurrentRow(row);
      return;
    }
  }
  // An event this index does not hold, or a place without an event: narrow to its segment.
  if (const auto segment = FindingsModel::segmentIdOfFile(f.file); segment && (f.offset || f.eventId))
    viewState_->setFilter(QStringLiteral("seg:%1").arg(*segment));
}

}  // namespace batscope::ui
