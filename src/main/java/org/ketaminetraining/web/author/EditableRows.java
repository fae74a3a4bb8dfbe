package org.ketaminetraining.web.author;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.StringResourceModel;
import org.danekja.java.util.function.serializable.SerializableSupplier;

/**
 * The rows of a list in the draft (options, items, pairs, accepted answers, references), each with buttons to move
 * it up or down and to remove it, and a button to add one: all plain submit buttons, so they work without
 * JavaScript and keep what was typed in every row. Rows are rebuilt after each change, so each input's field name
 * ({@code options[2].text}) and label ("Option 3") follow its new position. Each button names its row for screen
 * readers ("Up: option 3").
 *
 * @param <T> the form's row
 */
abstract class EditableRows<T> extends ListView<T> {

    private static final long serialVersionUID = 1L;

    /** The resource key of the row's name with its number: {@code row.option} is "option {0}". */
    private final String rowKey;
    private final int maximum;

    EditableRows(String id, IModel<List<T>> rows, String rowKey, int maximum) {
        super(id, rows);
        this.rowKey = rowKey;
        this.maximum = maximum;
        setReuseItems(true);
    }

    /** Adds the row's own inputs; {@code position} counts from 0, as the draft's field names do. */
    protected abstract void populateRow(ListItem<T> item, int position);

    @Override
    protected final void populateItem(ListItem<T> item) {
        int position = item.getIndex();
        populateRow(item, position);
        item.add(rowButton("up", item, "rows.up", () -> Collections.swap(getList(), item.getIndex(),
                item.getIndex() - 1)).setVisible(position > 0));
        item.add(rowButton("down", item, "rows.down", () -> Collections.swap(getList(), item.getIndex(),
                item.getIndex() + 1)).setVisible(position < getList().size() - 1));
        item.add(rowButton("remove", item, "rows.remove", () -> getList().remove(item.getIndex())));
    }

    /** The row's name with its number counted from 1 ("option 3"), for labels and buttons. */
    IModel<String> rowName(int position) {
        return new StringResourceModel(rowKey, this).setParameters(position + 1);
    }

    /** The button that adds an empty row at the end; not shown once the list holds as many as the format allows. */
    Button addButton(String id, SerializableSupplier<T> empty) {
        Button add = new Button(id) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                if (getList().size() < maximum) {
                    getList().add(empty.get());
                    EditableRows.this.removeAll();
                }
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(getList().size() < maximum);
            }
        };
        return add;
    }

    /** What a row's button does to the list. */
    @FunctionalInterface
    private interface RowChange extends Serializable {
        void apply();
    }

    private Button rowButton(String id, ListItem<T> item, String actionKey, RowChange change) {
        Button button = new Button(id) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                change.apply();
                EditableRows.this.removeAll();
            }
        };
        button.add(new Label("what", rowName(item.getIndex())));
        button.add(new Label("action", new StringResourceModel(actionKey, this)));
        return button;
    }
}
