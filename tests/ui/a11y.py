"""What the accessibility tests look for: unnamed controls and controls the keyboard
cannot reach.

A control is what a person operates: buttons, fields, lists, tables, tab bars,
sliders. Parts Qt builds inside a control (a combo box's list, a spin box's line edit,
a tab bar's scroll arrows, a dock's title buttons, scroll bars) belong to that control
and are not checked on their own.

The name is the one assistive technology reads: ``QAccessible``'s Name, which comes
from ``setAccessibleName``, the control's own text, or the label it is the buddy of.

Reaching by keyboard means pressing Tab (real key events, from the first control of
the window) lands on the control, or on the widget it forwards its focus to. Toolbar
buttons are reachable when their action is also in the menu bar (Alt) or has a
shortcut; a control may also name, in the ``keyboardAlternative`` property, why it is
reachable another way.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

INTERACTIVE: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QTabBar,
    QCalendarWidget,
)

#: Qt's own parts of a control, by the control they live in
_OWNERS: tuple[type[QWidget], ...] = (
    QComboBox,
    QAbstractSpinBox,
    QLineEdit,
    QCalendarWidget,
    QTabBar,
    QAbstractItemView,
)
_QT_PARTS = {
    "qt_dockwidget_closebutton",
    "qt_dockwidget_floatbutton",
    "qt_toolbar_ext_button",
}


def describe(widget: QWidget) -> str:
    parents = []
    w: QWidget | None = widget
    while w is not None:
        name = w.objectName() or type(w).__name__
        parents.append(name)
        w = w.parentWidget()
    text = getattr(widget, "text", None)
    shown = f" '{text()}'" if callable(text) and isinstance(text(), str) else ""
    return f"{type(widget).__name__}{shown} in {' < '.join(parents[1:4])}"


def is_qt_part(widget: QWidget) -> bool:
    if isinstance(widget, (QScrollBar, QHeaderView)):
        return True
    if widget.objectName() in _QT_PARTS or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    if isinstance(widget, QTabBar) and isinstance(parent, QMainWindow):
        return True  # the tabs of docks on top of each other; View › Panels shows each
    while parent is not None:
        if isinstance(parent, _OWNERS):
            return True
        if isinstance(parent, QMenu):  # a widget placed in a popup menu
            return True
        parent = parent.parentWidget()
    return False


def _is_control(widget: QWidget) -> bool:
    """A control, or any other widget that takes the focus with Tab (a chart, a pane)."""
    if isinstance(widget, INTERACTIVE):
        return True
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def controls(root: QWidget) -> list[QWidget]:
    """Every control in ``root`` (and ``root`` itself), shown or not."""
    found = [w for w in root.findChildren(QWidget) if _is_control(w)]
    if _is_control(root):
        found.insert(0, root)
    return [w for w in found if not is_qt_part(w)]


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid():
        return ""
    return iface.text(QAccessible.Text.Name).strip()


def unnamed(root: QWidget) -> list[str]:
    """The controls of ``root`` a screen reader could not name."""
    missing = []
    for widget in controls(root):
        if not accessible_name(widget):
            missing.append(describe(widget))
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if not (widget.tabText(i).strip() or widget.accessibleTabName(i).strip()):
                    missing.append(f"tab {i} of {describe(widget)}")
    return missing


# -- the keyboard -----------------------------------------------------------------


def _tabbable(widget: QWidget, root: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisibleTo(root)
        and widget.isEnabled()
        and widget.window() is root
    )


def tabbable(root: QWidget) -> list[QWidget]:
    """The widgets of ``root``'s focus chain that Tab may stop at."""
    found = []
    widget = root.nextInFocusChain()
    while widget is not root:
        if _tabbable(widget, root) and widget.focusProxy() is None:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def first_tabbable(root: QWidget) -> QWidget:
    widget = root.nextInFocusChain()
    while widget is not root:
        if _tabbable(widget, root) and widget.focusProxy() is None:
            return widget
        widget = widget.nextInFocusChain()
    raise AssertionError(f"nothing in {describe(root)} takes the keyboard focus")


def tab_walk(root: QWidget, limit: int = 500) -> tuple[list[QWidget], list[str]]:
    """Press Tab from the first control until the focus comes round again.

    Returns the widgets that had the focus, in order, and the problems met: a control
    that keeps the focus on Tab (a trap), or the focus leaving the window.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    root.activateWindow()
    root.raise_()
    start = first_tabbable(root)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    app.processEvents()
    visited: list[QWidget] = []
    problems: list[str] = []
    for _ in range(limit):
        current = app.focusWidget()
        if current is None or current.window() is not root:
            problems.append(f"the focus left the window after {describe(visited[-1])}")
            break
        if current in visited:
            break
        visited.append(current)
        QTest.keyClick(current, Qt.Key.Key_Tab)
        app.processEvents()
        if app.focusWidget() is current:
            if len(tabbable(root)) > 1:
                problems.append(f"Tab does not leave {describe(current)}")
            break
    else:
        problems.append("the focus never came round to the first control")
    return visited, problems


def _menu_bar_actions(window: QWidget) -> set[QAction]:
    if not isinstance(window, QMainWindow):
        return set()
    found: set[QAction] = set()
    pending = list(window.menuBar().actions())
    while pending:
        action = pending.pop()
        found.add(action)
        menu = action.menu()
        if menu is not None:
            pending.extend(menu.actions())
    return found


def _keyboard_alternative(widget: QWidget, menu_actions: set[QAction]) -> bool:
    if widget.property("keyboardAlternative"):
        return True
    if isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QToolBar):
        action = widget.defaultAction()
        if action is not None and (action in menu_actions or not action.shortcut().isEmpty()):
            return True
    return False


def _reached(widget: QWidget, visited: Iterable[QWidget]) -> bool:
    seen = set(visited)
    target: QWidget | None = widget
    while target is not None:
        if target in seen:
            return True
        target = target.focusProxy()
    # a control whose focus goes to a child (a compound field)
    return any(w in seen for w in widget.findChildren(QWidget) if w.isVisibleTo(widget))


def unreachable(root: QWidget, visited: list[QWidget]) -> list[str]:
    """Shown, enabled controls of ``root`` neither Tab nor a shortcut reaches."""
    menu_actions = _menu_bar_actions(root)
    missing = []
    for widget in controls(root):
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if isinstance(widget.parentWidget(), QDockWidget) and widget.window() is not root:
            continue  # a floating dock is a window of its own
        if _reached(widget, visited) or _keyboard_alternative(widget, menu_actions):
            continue
        missing.append(describe(widget))
    return missing
