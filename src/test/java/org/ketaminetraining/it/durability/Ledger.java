package org.ketaminetraining.it.durability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the clients saw, kept apart from what the database holds so the two can be compared: every study answer
 * sent (acknowledged when its feedback arrived complete, unacknowledged when the response never came), every
 * assessment answer saved, and every broken promise noticed over HTTP (a question not resumed, an attempt gone).
 * Each trainee's thread appends to its own lists; the lock only guards the maps.
 */
final class Ledger {

    /** One study answer as sent: the question (by key) and whether the server acknowledged it. */
    record StudyAnswer(String questionKey, boolean acknowledged) {
    }

    /** One assessment answer saved on item {@code position} of attempt {@code token}, as ResponseCodec stores it. */
    record AttemptSave(String token, int position, String encoded, boolean acknowledged) {
    }

    private final Map<String, List<StudyAnswer>> study = new LinkedHashMap<>();
    private final Map<String, List<AttemptSave>> saves = new LinkedHashMap<>();
    private final Map<String, String> finishedAttempts = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int resumedPresentations;
    private int resumedAttempts;

    synchronized void studied(String username, String questionKey, boolean acknowledged) {
        study.computeIfAbsent(username, u -> new ArrayList<>()).add(new StudyAnswer(questionKey, acknowledged));
    }

    synchronized void saved(String username, AttemptSave save) {
        saves.computeIfAbsent(username, u -> new ArrayList<>()).add(save);
    }

    synchronized void finished(String username, String token) {
        finishedAttempts.put(token, username);
    }

    synchronized void problem(String what) {
        problems.add(what);
    }

    synchronized void resumedPresentation() {
        resumedPresentations++;
    }

    synchronized void resumedAttempt() {
        resumedAttempts++;
    }

    synchronized Map<String, List<StudyAnswer>> study() {
        Map<String, List<StudyAnswer>> copy = new LinkedHashMap<>();
        study.forEach((user, answers) -> copy.put(user, List.copyOf(answers)));
        return copy;
    }

    synchronized Map<String, List<AttemptSave>> saves() {
        Map<String, List<AttemptSave>> copy = new LinkedHashMap<>();
        saves.forEach((user, list) -> copy.put(user, List.copyOf(list)));
        return copy;
    }

    synchronized Map<String, String> finishedAttempts() {
        return Map.copyOf(finishedAttempts);
    }

    synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    synchronized int acknowledged() {
        return (int) (study.values().stream().flatMap(List::stream).filter(StudyAnswer::acknowledged).count()
                + saves.values().stream().flatMap(List::stream).filter(AttemptSave::acknowledged).count());
    }

    synchronized int unacknowledged() {
        return (int) (study.values().stream().flatMap(List::stream).filter(a -> !a.acknowledged()).count()
                + saves.values().stream().flatMap(List::stream).filter(a -> !a.acknowledged()).count());
    }

    synchronized int acknowledgedSaves() {
        return (int) saves.values().stream().flatMap(List::stream).filter(AttemptSave::acknowledged).count();
    }

    synchronized String summary() {
        return acknowledged() + " acknowledged answers (" + acknowledgedSaves() + " of them assessment answers), "
                + unacknowledged() + " unacknowledged, " + resumedPresentations + " open questions and "
                + resumedAttempts + " open attempts resumed after a kill, " + finishedAttempts.size()
                + " attempts finished";
    }
}
