// Analyze → Compare Stores: the open store (A) against another directory or archive (B).
// A summary of what differs, each entity's verdict (the differing ones first), and for the
// selected entity the two events where its chains part, field by field, the differing
// fields highlighted.
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace batscope::ui {

class EventPairModel;
class StoreComparison;
class StoreDiffModel;

class CompareStoresDialog : public QDialog {
  Q_OBJECT
 public:
  CompareStoresDialog(StoreComparison* comparison, QWidget* parent = nullptr);

  StoreDiffModel* entitiesModel() const { return entities_; }
  EventPairModel* pairModel() const { return pair_; }
  QTableView* entitiesTable() const { return entitiesTable_; }
  QString summaryText() const;

 private:
  void showRunning(const QString& what);
  void showResult();
  void showFailure(const QString& message);
  void showEntity(int row);

  StoreComparison* comparison_;
  StoreDiffModel* entities_ = nullptr;
  EventPairModel* pair_ = nullptr;
  QLabel* sides_ = nullptr;
  QLabel* summary_ = nullptr;
  QLabel* pairCaption_ = nullptr;
  QTableView* entitiesTable_ = nullptr;
  QTableView* pairTable_ = nullptr;
  QPushButton* cancel_ = nullptr;
};

}  // namespace batscope::ui
