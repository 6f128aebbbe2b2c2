// batscope-ui-bench DIR [--skip-scroll | --sample-scroll N]: the window's own numbers, in one
// run (offscreen): the time from process start to the first rows of the event table painted,
// the paint times of the table while scrolling it from top to bottom a page at a time (worst
// and mean; with --sample-scroll, N pages spread evenly from the first to the last, for stores
// of millions of pages), the time until the background checks (true view, cross-check, hash
// chains) are done, an index-field filter applied from the filter bar and cleared again (how
// long until the table shows its rows, and the worst event-loop gap), and sorting every row
// by entity from the header: how long until the new
// order shows, and the longest the event loop went without running (a repaint of the table
// every turn) meanwhile, which issue 12 wants under 50 ms. Also the process's anonymous memory
// (RssAnon, sampled every 50 ms on a thread of its own): its peak, and what it holds once the
// checks are done; issue 12 wants the window's under 160 bytes an event.
#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <thread>

#include "bench_util.h"
#include "main_window.h"
#include "models/event_table_model.h"
#include "resources_init.h"
#include "views/filter_bar.h"

namespace {

// Milliseconds since this process started (from /proc/self/stat's starttime).
double msSinceProcessStart() {
  std::ifstream stat("/proc/self/stat");
  std::string line;
  std::getline(stat, line);
  const auto close = line.rfind(')');
  std::istringstream rest(line.substr(close + 2));
  std::string field;
  unsigned long long start = 0;
  for (int i = 3; i <= 22 && rest >> field; ++i)
    if (i == 22) start = std::stoull(field);
  timespec now{};
  clock_gettime(CLOCK_BOOTTIME, &now);
  const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
  return nowMs - double(start) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

// The process's anonymous memory (RssAnon) in bytes.
long long anonymousBytes() { return (long long)batscope::bench::rssNow().anonKb * 1024; }

// Samples anonymous memory every 50 ms and keeps the highest.
class AnonymousMemoryPeak {
 public:
  AnonymousMemoryPeak()
      : thread_([this] {
          while (!stop_.load()) {
            const long long now = anonymousBytes();
            if (now > peak_.load()) peak_.store(now);
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
          }
        }) {}
  ~AnonymousMemoryPeak() {
    stop_.store(true);
    thread_.join();
  }
  long long peak() const { return std::max(peak_.load(), anonymousBytes()); }

 private:
  std::atomic<bool> stop_{false};
  std::atomic<long long> peak_{0};
  std::thread thread_;
};

void printMemory(const char* what, long long bytes, int events) {
  std::printf("%-23s %.0f MB = %.1f B/event\n", what, double(bytes) / 1e6,
              events > 0 ? double(bytes) / double(events) : 0.0);
}

// Counts the bench's own measurements that run inside an event (the scroll loop): an event
// during which it changed timed the bench, not the window.
int benchRuns = 0;

// Times every event the GUI thread handles and keeps the slowest: which receiver held the
// event loop, and for how long (a slow paint or a long gap says that it was held, not by what).
class TimedApplication : public QApplication {
 public:
  using QApplication::QApplication;
  bool notify(QObject* receiver, QEvent* event) override {
    QElapsedTimer timer;
    timer.start();
    const int runsBefore = benchRuns;
    // Both may be gone afterwards (a deleteLater, a watcher that deletes itself): read now.
    const QEvent::Type type = event->type();
    const char* className = receiver->metaObject()->className();
    const bool handled = QApplication::notify(receiver, event);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (ms > slowestMs && benchRuns == runsBefore) {
      slowestMs = ms;
      slowest = QString::fromLatin1(className) + QStringLiteral(", event type ") + QString::number(int(type));
    }
    return handled;
  }
  double slowestMs = 0;
  QString slowest;
};

class PaintProbe : public QObject {
 public:
  bool rowsPainted = false;
  double firstRowsMs = -1;
  QAbstractItemModel* model = nullptr;
  bool eventFilter(QObject* o, QEvent* e) override {
    if (e->type() == QEvent::Paint && !rowsPainted && model && model->rowCount() > 0) {
      const bool r = QObject::eventFilter(o, e);
      rowsPainted = true;
      firstRowsMs = msSinceProcessStart();
      return r;
    }
    return false;
  }
};

// Keeps the event loop turning, a repaint of the table each turn, and records the longest gap
// between two turns: how long the window could not have answered its user. Lives as long as
// the bench (one per measurement).
struct LoopGapWatch {
  QElapsedTimer timer;
  double last = 0, worst = 0;
  QTimer* ticker = nullptr;

  static LoopGapWatch* start(batscope::ui::MainWindow& w) {
    auto* watch = new LoopGapWatch;
    QTableView* t = w.tableView();
    watch->ticker = new QTimer(&w);
    watch->ticker->setInterval(0);
    QObject::connect(watch->ticker, &QTimer::timeout, &w, [watch, t] {
      const double now = watch->elapsedMs();
      watch->worst = std::max(watch->worst, now - watch->last);
      watch->last = now;
      t->viewport()->repaint();
    });
    watch->timer.start();
    watch->ticker->start();
    return watch;
  }
  double elapsedMs() const { return double(timer.nsecsElapsed()) / 1e6; }
  // After the call that starts what is measured: the call itself counts as a gap.
  void afterTrigger() {
    worst = std::max(worst, elapsedMs());
    last = elapsedMs();
  }
};

// Applies `filter` in the filter bar and measures until the table shows its rows, with the
// worst event-loop gap meanwhile (the filter runs on the pool); then `next`.
void measureFilter(batscope::ui::MainWindow& w, const QString& filter, std::function<void()> next) {
  QAbstractItemModel* model = w.tableModel();
  LoopGapWatch* watch = LoopGapWatch::start(w);
  auto* connection = new QMetaObject::Connection;
  auto* window = &w;
  // The views that follow the rows (timeline, counts) update after the table: the gaps are
  // watched for a second more.
  *connection = QObject::connect(model, &QAbstractItemModel::modelReset, &w, [watch, connection, model, filter, window, next] {
    const double total = watch->elapsedMs();
    const double worstUntilShown = watch->worst;
    QObject::disconnect(*connection);
    QTimer::singleShot(1000, window, [=] {
      watch->ticker->stop();
      std::printf("filter %-16s %.1f ms until its %d rows show, worst event-loop gap %.1f ms until then, %.1f ms in the second after\n",
                  qPrintable(filter.isEmpty() ? QStringLiteral("(none)") : filter), total, model->rowCount(), worstUntilShown,
                  watch->worst);
      std::fflush(stdout);
      next();
    });
  });
  w.filterBar()->setText(filter);
  w.filterBar()->apply();
  watch->afterTrigger();
}

// Sorts by entity through the header and keeps the event loop turning until the new order is
// in; prints the total and the longest gap between turns.
void measureSort(batscope::ui::MainWindow& w) {
  auto* model = static_cast<batscope::ui::EventTableModel*>(w.tableModel());
  QTableView* t = w.tableView();
  LoopGapWatch* watch = LoopGapWatch::start(w);  // from here: the sort is set off right below
  auto report = [=] {
    const double total = watch->elapsedMs();
    watch->ticker->stop();
    const double worst = watch->worst;
    std::printf("sort by entity          %.1f ms until the new order shows, worst event-loop gap %.1f ms (%s)\n", total,
                worst, model->isSorting() ? "still sorting" : worst <= 50 ? "issue 12: <= 50 ms, met" : "issue 12: <= 50 ms, missed");
    if (auto* app = dynamic_cast<TimedApplication*>(QCoreApplication::instance()))
      std::printf("slowest event, whole run %.1f ms (%s)\n", app->slowestMs, qPrintable(app->slowest));
    std::fflush(stdout);
    QApplication::exit(0);
  };
  QObject::connect(model, &batscope::ui::EventTableModel::sortFinished, &w, report);
  t->sortByColumn(batscope::ui::EventTableModel::Entity, Qt::AscendingOrder);
  watch->afterTrigger();
  if (!model->isSorting()) report();  // small stores sort in place
}

}  // namespace

int main(int argc, char** argv) {
  if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  qputenv("BATSCOPE_NO_DIALOGS", "1");
  TimedApplication app(argc, argv);
  batscopeInitResources();
  QApplication::setOrganizationName(QStringLiteral("BatscopeBench"));
  const bool skipScroll = argc == 3 && std::string(argv[2]) == "--skip-scroll";
  const long sampledPages = argc == 4 && std::string(argv[2]) == "--sample-scroll" ? std::atol(argv[3]) : 0;
  if (argc < 2 || (argc > 2 && !skipScroll && sampledPages <= 0)) {
    std::fprintf(stderr, "usage: batscope-ui-bench DIR [--skip-scroll | --sample-scroll N]\n");
    return 64;
  }
  AnonymousMemoryPeak memory;
  batscope::ui::MainWindow w;
  w.resize(1600, 960);
  PaintProbe probe;
  probe.model = w.tableModel();
  w.tableView()->viewport()->installEventFilter(&probe);
  w.show();
  auto settled = std::make_shared<bool>(false);
  struct ChecksDone {
    double ms = 0;
    long long anonymousBytes = 0;
  };
  auto checksDone = std::make_shared<ChecksDone>();
  QObject::connect(&w, &batscope::ui::MainWindow::settled, &w, [settled, checksDone] {
    *settled = true;
    *checksDone = {msSinceProcessStart(), anonymousBytes()};
  });
  w.openStore(QString::fromLocal8Bit(argv[1]));
  QObject::connect(&w, &batscope::ui::MainWindow::storeReady, &w, [&] {
    QTimer::singleShot(0, &w, [&, skipScroll, settled] {
      QApplication::processEvents();
      QTableView* t = w.tableView();
      QScrollBar* bar = t->verticalScrollBar();
      std::vector<double> paints;
      const int page = std::max(1, bar->pageStep());
      std::vector<int> positions;
      if (sampledPages > 0) {  // evenly spread, the first and the last page included
        for (long i = 0; i < sampledPages; ++i)
          positions.push_back(int(double(bar->maximum()) * double(i) / double(std::max(1L, sampledPages - 1))));
      } else if (!skipScroll) {
        for (int v = 0; v <= bar->maximum(); v += page) positions.push_back(v);
      }
      // What the GUI thread did during the slowest paint: CPU time, page faults (a major one
      // is a page read back from disk; many minor ones, fresh memory), waits (a lock, I/O)
      // and preemptions: where a paint that takes seconds went.
      struct Faults {
        long major = 0, minor = 0, waits = 0, preemptions = 0;
        double cpuMs = 0;
      } worstFaults;
      auto threadFaults = [] {
        rusage u{};
        getrusage(RUSAGE_THREAD, &u);
        const double cpuMs = double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
        return Faults{u.ru_majflt, u.ru_minflt, u.ru_nvcsw, u.ru_nivcsw, cpuMs};
      };
      double worst = 0, sum = 0;
      ++benchRuns;
      for (int v : positions) {
        bar->setValue(v);
        QElapsedTimer timer;
        const Faults before = threadFaults();
        timer.start();
        t->viewport()->repaint();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const Faults after = threadFaults();
        paints.push_back(ms);
        if (ms > worst)
          worstFaults = {after.major - before.major, after.minor - before.minor, after.waits - before.waits,
                         after.preemptions - before.preemptions, after.cpuMs - before.cpuMs};
        worst = std::max(worst, ms);
        sum += ms;
      }
      std::printf("rows                    %d\n", w.tableModel()->rowCount());
      std::printf("start -> first rows     %.1f ms\n", probe.firstRowsMs);
      std::printf("scroll paints           %zu pages%s, worst %.2f ms, mean %.2f ms\n", paints.size(),
                  sampledPages > 0 ? " spread over the table" : "", worst, paints.empty() ? 0.0 : sum / double(paints.size()));
      std::printf("slowest paint           GUI thread: %.1f ms on the CPU, %ld major and %ld minor page faults, %ld waits, %ld preemptions\n",
                  worstFaults.cpuMs, worstFaults.major, worstFaults.minor, worstFaults.waits, worstFaults.preemptions);
      std::fflush(stdout);
      // Sort once the background analysis is done, so that only the sort is measured.
      auto sortNow = [&w, &memory, checksDone] {
        std::printf("start -> checks done    %.1f ms\n", checksDone->ms);
        printMemory("anonymous, checks done", checksDone->anonymousBytes, w.tableModel()->rowCount());
        printMemory("anonymous, peak", memory.peak(), w.tableModel()->rowCount());
        // An index-field filter, then back to every event, then the sort.
        measureFilter(w, QStringLiteral("scope:acme kind:1:2"), [&w] {
          measureFilter(w, QString(), [&w] { measureSort(w); });
        });
      };
      if (*settled) sortNow();
      else QObject::connect(&w, &batscope::ui::MainWindow::settled, &w, [&w, sortNow] { QTimer::singleShot(0, &w, sortNow); });
    });
  });
  return app.exec();
}
