#include "views/compare_stores_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "models/store_diff_model.h"
#include "number_text.h"
#include "store_comparison.h"

namespace batscope::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent) {
  auto* t = new QTableView(parent);
  t->setModel(model);
  t->setSelectionBehavior(QAbstractItemView::SelectRows);
  t->setSelectionMode(QAbstractItemView::SingleSelection);
  t->setEditTriggers(QAbstractItemView::NoEditTriggers);
  t->setAlternatingRowColors(true);
  t->setWordWrap(false);
  t->verticalHeader()->hide();
  t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
  t->horizontalHeader()->setHighlightSections(false);
  return t;
}

}  // namespace

CompareStoresDialog::CompareStoresDialog(StoreComparison* comparison, QWidget* parent)
    : QDialog(parent), comparison_(comparison) {
  setObjectName(QStringLiteral("CompareStoresDialog"));
  setWindowTitle(tr("Compare Stores"));
  entities_ = new StoreDiffModel(this);
  pair_ = new EventPairModel(this);

  sides_ = new QLabel(this);
  sides_->setWordWrap(true);
  sides_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  summary_ = new QLabel(this);
  summary_->setObjectName(QStringLiteral("CompareSummary"));
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  entitiesTable_ = makeTable(entities_, this);
  entitiesTable_->horizontalHeader()->setSectionResizeMode(StoreDiffModel::Entity, QHeaderView::Stretch);
  pairCaption_ = new QLabel(tr("Select an entity to see where its chains part."), this);
  pairCaption_->setWordWrap(true);
  pairTable_ = makeTable(pair_, this);
  pairTable_->setSelectionMode(QAbstractItemView::NoSelection);
  pairTable_->setTextElideMode(Qt::ElideMiddle);
  pairTable_->horizontalHeader()->setSectionResizeMode(EventPairModel::ValueA, QHeaderView::Stretch);
  pairTable_->horizontalHeader()->setSectionResizeMode(EventPairModel::ValueB, QHeaderView::Stretch);

  auto* lower = new QWidget(this);
  auto* lowerLayout = new QVBoxLayout(lower);
  lowerLayout->setContentsMargins(0, 0, 0, 0);
  lowerLayout->addWidget(pairCaption_);
  lowerLayout->addWidget(pairTable_, 1);
  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(entitiesTable_);
  split->addWidget(lower);
  split->setStretchFactor(0, 1);
  split->setStretchFactor(1, 1);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  cancel_ = buttons->addButton(tr("Cancel Comparison"), QDialogButtonBox::ActionRole);
  connect(cancel_, &QPushButton::clicked, comparison_, &StoreComparison::cancel);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(sides_);
  layout->addWidget(summary_);
  layout->addWidget(split, 1);
  layout->addWidget(buttons);
  resize(900, 640);

  connect(comparison_, &StoreComparison::progress, this, &CompareStoresDialog::showRunning);
  connect(comparison_, &StoreComparison::finished, this, &CompareStoresDialog::showResult);
  connect(comparison_, &StoreComparison::failed, this, &CompareStoresDialog::showFailure);
  connect(entitiesTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& current) { showEntity(current.row()); });
  showRunning(tr("Comparing…"));
}

QString CompareStoresDialog::summaryText() const { return summary_->text(); }

void CompareStoresDialog::showRunning(const QString& what) {
  summary_->setText(what);
  cancel_->setVisible(true);
}

void CompareStoresDialog::showFailure(const QString& message) {
  cancel_->setVisible(false);
  summary_->setText(tr("The comparison failed: %1").arg(message));
}

void CompareStoresDialog::showResult() {
  cancel_->setVisible(false);
  const auto result = comparison_->result();
  if (!result) return;
  const StoreDiff& d = result->diff;
  sides_->setText(tr("A: %1\nB: %2").arg(QDir::cleanPath(result->pathA), QDir::cleanPath(result->pathB)));
  auto count = [](uint64_t n, const QString& one, const QString& many) { return n == 1 ? one : many.arg(grouped(n)); };
  QStringList parts;
  parts << count(d.onlyInACount, tr("1 event only in A"), tr("%1 events only in A"))
        << count(d.onlyInBCount, tr("1 event only in B"), tr("%1 events only in B"))
        << count(d.bytesDifferCount, tr("1 event with other bytes under the same id"),
                 tr("%1 events with other bytes under the same id"))
        << count(d.visibilityDiffersCount, tr("1 event visible on one side only"), tr("%1 events visible on one side only"))
        << count(d.renumberedCount, tr("1 event renumbered"), tr("%1 events renumbered"));
  const size_t differing = d.entities.size() - d.entitiesWith(EntityDiff::Verdict::Identical);
  const QString headline = d.identical()
                               ? tr("The stores hold the same events: %1 events, every chain identical.").arg(grouped(d.eventsA))
                               : tr("The stores differ: %1 of %2 entities.").arg(grouped(differing), grouped(d.entities.size()));
  summary_->setText(QStringLiteral("<b>%1</b><br>%2").arg(headline.toHtmlEscaped(), parts.join(QStringLiteral(" · ")).toHtmlEscaped()));
  entities_->setDiff(std::shared_ptr<const StoreDiff>(result, &result->diff));
  entitiesTable_->resizeColumnsToContents();
  entitiesTable_->horizontalHeader()->setSectionResizeMode(StoreDiffModel::Entity, QHeaderView::Stretch);
  if (entities_->rowCount() > 0) entitiesTable_->selectRow(0);
}

void CompareStoresDialog::showEntity(int row) {
  const EntityDiff* e = entities_->entityAt(row);
  if (!e || (!e->a && !e->b)) {
    pair_->setFields({});
    pairCaption_->setText(e ? tr("%1: nothing to show side by side (%2).").arg(QString::fromStdString(e->entity),
                                                                             StoreDiffModel::verdictText(e->verdict))
                            : tr("Select an entity to see where its chains part."));
    return;
  }
  const QString entity = QString::fromStdString(e->entity);
  if (e->verdict == EntityDiff::Verdict::Diverged)
    pairCaption_->setText(tr("%1: the chains part at position %2 (%3 events in common); the fields that differ come "
                             "first, highlighted.")
                              .arg(entity, grouped(e->commonPrefix), grouped(e->commonPrefix)));
  else
    pairCaption_->setText(tr("%1: %2 from position %3; the first event only one side holds.")
                              .arg(entity, StoreDiffModel::verdictText(e->verdict), grouped(e->commonPrefix)));
  // The fields that differ first: most of a frame's fields are equal.
  std::vector<DiffField> fields = comparison_->fieldsOf(*e);
  std::stable_partition(fields.begin(), fields.end(), [](const DiffField& f) { return f.differs; });
  pair_->setFields(std::move(fields));
  pairTable_->resizeColumnToContents(EventPairModel::Field);
  pairTable_->scrollToTop();
}

}  // namespace batscope::ui
