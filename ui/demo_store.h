// The demo store: 200,000 generated events in $XDG_DATA_HOME/batscope/demo, which the README's
// run command and a first start open. Generated in the background (the window's welcome page
// offers it), then opened like any store.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace batscope::ui {

QString demoStorePath();

class DemoGenerator : public QObject {
  Q_OBJECT
 public:
  explicit DemoGenerator(QObject* parent = nullptr);
  ~DemoGenerator() override;

  // Writes the demo store into `dir` (which must not exist yet, or be empty). The number of
  // events is 200,000, or BATSCOPE_DEMO_EVENTS where set (tests make small ones).
  void start(const QString& dir);
  bool isRunning() const { return running_; }

 signals:
  void progress(double fraction);
  void finished(const QString& dir);
  void failed(const QString& message);

 private:
  QFutureWatcher<void>* watcher_ = nullptr;
  bool running_ = false;
};

}  // namespace batscope::ui
