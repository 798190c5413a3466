package org.gradflow.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.gradflow.charts.Theme;
import org.gradflow.ui.dashboard.DashboardLayout;
import org.gradflow.ui.dashboard.DashboardModel;
import org.gradflow.ui.files.FileActions;
import org.gradflow.ui.files.Preset;
import org.gradflow.ui.files.RecentFiles;
import org.gradflow.ui.train.TrainingViewModel;

/** The menu bar: File, Train, View and Help, with the keyboard shortcuts of the issue (Ctrl+N/O/S, Ctrl+E). */
final class MainMenu {
    private MainMenu() {
    }

    static MenuBar build(FileActions files, RecentFiles recent, List<Preset> presets, TrainingViewModel training,
                         DashboardModel dashboard, ObservableBooleanValue loopActive,
                         java.util.function.Supplier<org.gradflow.model.ExperimentSpec> fresh, Runnable quit,
                         Runnable help) {
        BooleanBinding busy = javafx.beans.binding.Bindings.createBooleanBinding(loopActive::get, loopActive);

        MenuItem newItem = item("New", "menuNew", "Shortcut+N", () -> files.newExperiment(fresh.get()));
        newItem.disableProperty().bind(busy);
        MenuItem open = item("Open…", "menuOpen", "Shortcut+O", files::open);
        open.disableProperty().bind(busy);
        Menu recentMenu = new Menu("Open Recent");
        recentMenu.setId("menuRecent");
        recentMenu.disableProperty().bind(busy);
        Runnable fillRecent = () -> {
            recentMenu.getItems().clear();
            for (Path p : recent.files()) {
                MenuItem m = new MenuItem(p.getFileName() + "  —  " + p.getParent());
                m.setMnemonicParsing(false);
                m.setOnAction(e -> files.open(p));
                recentMenu.getItems().add(m);
            }
            if (recentMenu.getItems().isEmpty()) {
                MenuItem none = new MenuItem("(none yet)");
                none.setDisable(true);
                recentMenu.getItems().add(none);
            }
        };
        fillRecent.run();
        recent.files().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        Menu examples = new Menu("Examples");
        examples.setId("menuExamples");
        examples.disableProperty().bind(busy);
        for (Preset p : presets) {
            MenuItem m = new MenuItem(p.title());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> files.openPreset(p));
            examples.getItems().add(m);
        }
        if (presets.isEmpty()) {
            MenuItem none = new MenuItem("(no presets found in assets/experiments)");
            none.setDisable(true);
            examples.getItems().add(none);
        }
        MenuItem save = item("Save", "menuSave", "Shortcut+S", files::save);
        MenuItem saveAs = item("Save As…", "menuSaveAs", "Shortcut+Shift+S", files::saveAs);
        MenuItem exportCharts = item("Export all charts…", "menuExportCharts", "Shortcut+E", files::exportCharts);
        MenuItem exportCsv = item("Export CSV…", "menuExportCsv", null, files::exportCsv);
        MenuItem quitItem = item("Quit", "menuQuit", "Shortcut+Q", quit);
        Menu file = new Menu("File", null, newItem, open, recentMenu, examples, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), exportCharts, exportCsv, new SeparatorMenuItem(), quitItem);

        MenuItem train = item("Train", "menuTrain", "Shortcut+ENTER", training::train);
        train.textProperty().bind(training.trainLabelProperty());
        train.disableProperty().bind(training.canTrainProperty().not());
        MenuItem pause = item("Pause / Resume  (Space)", "menuPause", null, training::togglePause);
        pause.disableProperty().bind(training.canPauseProperty().not().and(training.canResumeProperty().not()));
        MenuItem step = item("Step", "menuStep", "Shortcut+PERIOD", training::step);
        step.disableProperty().bind(training.canStepProperty().not());
        MenuItem stop = item("Stop", "menuStop", null, training::stop);
        stop.disableProperty().bind(training.canStopProperty().not());
        MenuItem reset = item("Reset", "menuReset", null, training::reset);
        reset.disableProperty().bind(training.canResetProperty().not());
        Menu trainMenu = new Menu("Train", null, train, pause, step, stop, reset);

        Menu layout = new Menu("Layout");
        ToggleGroup layouts = new ToggleGroup();
        for (DashboardLayout l : DashboardLayout.values()) {
            RadioMenuItem r = new RadioMenuItem(l.label());
            r.setToggleGroup(layouts);
            r.setSelected(dashboard.layoutProperty().get() == l);
            r.setOnAction(e -> dashboard.layoutProperty().set(l));
            dashboard.layoutProperty().addListener((o, a, b) -> r.setSelected(b == l));
            layout.getItems().add(r);
        }
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        light.setId("menuLight");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        dark.setId("menuDark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setSelected(dashboard.themeProperty().get() == Theme.LIGHT);
        dark.setSelected(dashboard.themeProperty().get() == Theme.DARK);
        light.setOnAction(e -> dashboard.themeProperty().set(Theme.LIGHT));
        dark.setOnAction(e -> dashboard.themeProperty().set(Theme.DARK));
        dashboard.themeProperty().addListener((o, a, b) -> (b == Theme.DARK ? dark : light).setSelected(true));
        MenuItem clearSelection = item("Clear layer selection", "menuClearSelection", "ESCAPE",
                () -> dashboard.selectedLayerProperty().set(-1));
        Menu view = new Menu("View", null, layout, new SeparatorMenuItem(), light, dark, new SeparatorMenuItem(),
                clearSelection);

        Menu helpMenu = new Menu("Help", null, item("How to use GradFlow", "menuHelp", "F1", help));
        MenuBar bar = new MenuBar(file, trainMenu, view, helpMenu);
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
