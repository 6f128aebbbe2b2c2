// What the window shows while no store is open (a first start without the demo, after
// Close, after a failed first open): what Batscope is, Open, Open Archive, the recent stores
// and a button that generates the demo store. Knows no files: the window answers its
// signals.
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace batscope::ui {

class WelcomeView : public QWidget {
  Q_OBJECT
 public:
  explicit WelcomeView(QWidget* parent = nullptr);

  void setRecent(const QStringList& paths);
  // While the demo is generated: the button is replaced by progress (fraction < 0: done).
  void setDemoProgress(double fraction);
  QPushButton* demoButton() const { return demo_; }

 signals:
  void openRequested();
  void openArchiveRequested();
  void recentChosen(const QString& path);
  void generateDemoRequested();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();

  QLabel* title_;
  QLabel* text_;
  QPushButton* open_;
  QPushButton* openArchive_;
  QPushButton* demo_;
  QProgressBar* demoProgress_;
  QLabel* recentTitle_;
  QVBoxLayout* recentList_;
  QStringList recent_;
};

}  // namespace batscope::ui
