#include "resources_init.h"

#include <QtGlobal>

void batscopeInitResources() {
  static bool done = false;
  if (done) return;
  done = true;
  Q_INIT_RESOURCE(batscope);
}
