#include "GuiMain.h"

#include "MainWindow.h"

#include <QApplication>

int runGui(const CommandLine &) {
    MainWindow window;
    window.show();
    return QApplication::exec();
}
