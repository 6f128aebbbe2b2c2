// Registers the icons compiled into the static batscope_ui library (Qt drops the resource
// object of a static library unless something references it).
#pragma once

void batscopeInitResources();
