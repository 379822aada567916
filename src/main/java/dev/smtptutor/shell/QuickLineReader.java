package dev.smtptutor.shell;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * JLine's line reader, with its 145 built-in widgets made as one small class that calls the reader's own
 * method by name, instead of one method reference each. Each method reference is an invokedynamic call
 * site that the JVM links on first use, and linking 145 of them was a large part of the CPU the shell
 * spent before its first prompt (bench/startup). Key maps, bindings and behaviour are JLine's own:
 * {@code QuickLineReaderTest} checks that the names are exactly those of the JLine in use and that editing
 * works the same.
 */
final class QuickLineReader extends LineReaderImpl {

    /** The built-in widgets' names, as {@code LineReaderImpl.builtinWidgets()} has them in JLine 3.30. */
    static final String[] NAMES = {
            ACCEPT_AND_INFER_NEXT_HISTORY,
            ACCEPT_AND_HOLD,
            ACCEPT_LINE,
            ACCEPT_LINE_AND_DOWN_HISTORY,
            ARGUMENT_BASE,
            BACKWARD_CHAR,
            BACKWARD_DELETE_CHAR,
            BACKWARD_DELETE_WORD,
            BACKWARD_KILL_LINE,
            BACKWARD_KILL_WORD,
            BACKWARD_WORD,
            BEEP,
            BEGINNING_OF_BUFFER_OR_HISTORY,
            BEGINNING_OF_HISTORY,
            BEGINNING_OF_LINE,
            BEGINNING_OF_LINE_HIST,
            CAPITALIZE_WORD,
            CLEAR,
            CLEAR_SCREEN,
            COMPLETE_PREFIX,
            COMPLETE_WORD,
            COPY_PREV_WORD,
            COPY_REGION_AS_KILL,
            DELETE_CHAR,
            DELETE_CHAR_OR_LIST,
            DELETE_WORD,
            DIGIT_ARGUMENT,
            DO_LOWERCASE_VERSION,
            DOWN_CASE_WORD,
            DOWN_LINE,
            DOWN_LINE_OR_HISTORY,
            DOWN_LINE_OR_SEARCH,
            DOWN_HISTORY,
            EDIT_AND_EXECUTE_COMMAND,
            EMACS_EDITING_MODE,
            EMACS_BACKWARD_WORD,
            EMACS_FORWARD_WORD,
            END_OF_BUFFER_OR_HISTORY,
            END_OF_HISTORY,
            END_OF_LINE,
            END_OF_LINE_HIST,
            EXCHANGE_POINT_AND_MARK,
            EXPAND_HISTORY,
            EXPAND_OR_COMPLETE,
            EXPAND_OR_COMPLETE_PREFIX,
            EXPAND_WORD,
            FRESH_LINE,
            FORWARD_CHAR,
            FORWARD_WORD,
            HISTORY_INCREMENTAL_SEARCH_BACKWARD,
            HISTORY_INCREMENTAL_SEARCH_FORWARD,
            HISTORY_SEARCH_BACKWARD,
            HISTORY_SEARCH_FORWARD,
            INSERT_CLOSE_CURLY,
            INSERT_CLOSE_PAREN,
            INSERT_CLOSE_SQUARE,
            INSERT_COMMENT,
            KILL_BUFFER,
            KILL_LINE,
            KILL_REGION,
            KILL_WHOLE_LINE,
            KILL_WORD,
            LIST_CHOICES,
            MENU_COMPLETE,
            MENU_EXPAND_OR_COMPLETE,
            NEG_ARGUMENT,
            OVERWRITE_MODE,
            QUOTED_INSERT,
            REDISPLAY,
            REDRAW_LINE,
            REDO,
            SELF_INSERT,
            SELF_INSERT_UNMETA,
            SEND_BREAK,
            SET_MARK_COMMAND,
            TRANSPOSE_CHARS,
            TRANSPOSE_WORDS,
            UNDEFINED_KEY,
            UNIVERSAL_ARGUMENT,
            UNDO,
            UP_CASE_WORD,
            UP_HISTORY,
            UP_LINE,
            UP_LINE_OR_HISTORY,
            UP_LINE_OR_SEARCH,
            VI_ADD_EOL,
            VI_ADD_NEXT,
            VI_BACKWARD_CHAR,
            VI_BACKWARD_DELETE_CHAR,
            VI_BACKWARD_BLANK_WORD,
            VI_BACKWARD_BLANK_WORD_END,
            VI_BACKWARD_KILL_WORD,
            VI_BACKWARD_WORD,
            VI_BACKWARD_WORD_END,
            VI_BEGINNING_OF_LINE,
            VI_CMD_MODE,
            VI_DIGIT_OR_BEGINNING_OF_LINE,
            VI_DOWN_LINE_OR_HISTORY,
            VI_CHANGE,
            VI_CHANGE_EOL,
            VI_CHANGE_WHOLE_LINE,
            VI_DELETE_CHAR,
            VI_DELETE,
            VI_END_OF_LINE,
            VI_KILL_EOL,
            VI_FIRST_NON_BLANK,
            VI_FIND_NEXT_CHAR,
            VI_FIND_NEXT_CHAR_SKIP,
            VI_FIND_PREV_CHAR,
            VI_FIND_PREV_CHAR_SKIP,
            VI_FORWARD_BLANK_WORD,
            VI_FORWARD_BLANK_WORD_END,
            VI_FORWARD_CHAR,
            VI_FORWARD_WORD,
            VI_FORWARD_WORD_END,
            VI_HISTORY_SEARCH_BACKWARD,
            VI_HISTORY_SEARCH_FORWARD,
            VI_INSERT,
            VI_INSERT_BOL,
            VI_INSERT_COMMENT,
            VI_JOIN,
            VI_KILL_LINE,
            VI_MATCH_BRACKET,
            VI_OPEN_LINE_ABOVE,
            VI_OPEN_LINE_BELOW,
            VI_PUT_AFTER,
            VI_PUT_BEFORE,
            VI_REPEAT_FIND,
            VI_REPEAT_SEARCH,
            VI_REPLACE_CHARS,
            VI_REV_REPEAT_FIND,
            VI_REV_REPEAT_SEARCH,
            VI_SWAP_CASE,
            VI_UP_LINE_OR_HISTORY,
            VI_YANK,
            VI_YANK_WHOLE_LINE,
            VISUAL_LINE_MODE,
            VISUAL_MODE,
            WHAT_CURSOR_POSITION,
            YANK,
            YANK_POP,
            MOUSE,
            BEGIN_PASTE,
            FOCUS_IN,
            FOCUS_OUT
    };

    QuickLineReader(Terminal terminal, String appName) throws IOException {
        super(terminal, appName, null);
    }

    /** Called by JLine's constructor, before this class's own fields are set: it may use only statics. */
    @Override
    protected Map<String, Widget> builtinWidgets() {
        Map<String, Widget> widgets = new HashMap<>();
        for (String name : NAMES) {
            widgets.put(name, new Builtin(name));
        }
        return widgets;
    }

    /** One built-in widget; its name reads as JLine's own (".accept-line"). */
    private final class Builtin implements Widget {
        private final String name;

        Builtin(String name) {
            this.name = name;
        }

        @Override
        public boolean apply() {
            return call(name);
        }

        @Override
        public String toString() {
            return "." + name;
        }
    }

    private boolean call(String name) {
        return switch (name) {
            case ACCEPT_AND_INFER_NEXT_HISTORY -> acceptAndInferNextHistory();
            case ACCEPT_AND_HOLD -> acceptAndHold();
            case ACCEPT_LINE -> acceptLine();
            case ACCEPT_LINE_AND_DOWN_HISTORY -> acceptLineAndDownHistory();
            case ARGUMENT_BASE -> argumentBase();
            case BACKWARD_CHAR -> backwardChar();
            case BACKWARD_DELETE_CHAR -> backwardDeleteChar();
            case BACKWARD_DELETE_WORD -> backwardDeleteWord();
            case BACKWARD_KILL_LINE -> backwardKillLine();
            case BACKWARD_KILL_WORD -> backwardKillWord();
            case BACKWARD_WORD -> backwardWord();
            case BEEP -> beep();
            case BEGINNING_OF_BUFFER_OR_HISTORY -> beginningOfBufferOrHistory();
            case BEGINNING_OF_HISTORY -> beginningOfHistory();
            case BEGINNING_OF_LINE -> beginningOfLine();
            case BEGINNING_OF_LINE_HIST -> beginningOfLineHist();
            case CAPITALIZE_WORD -> capitalizeWord();
            case CLEAR -> clear();
            case CLEAR_SCREEN -> clearScreen();
            case COMPLETE_PREFIX -> completePrefix();
            case COMPLETE_WORD -> completeWord();
            case COPY_PREV_WORD -> copyPrevWord();
            case COPY_REGION_AS_KILL -> copyRegionAsKill();
            case DELETE_CHAR -> deleteChar();
            case DELETE_CHAR_OR_LIST -> deleteCharOrList();
            case DELETE_WORD -> deleteWord();
            case DIGIT_ARGUMENT -> digitArgument();
            case DO_LOWERCASE_VERSION -> doLowercaseVersion();
            case DOWN_CASE_WORD -> downCaseWord();
            case DOWN_LINE -> downLine();
            case DOWN_LINE_OR_HISTORY -> downLineOrHistory();
            case DOWN_LINE_OR_SEARCH -> downLineOrSearch();
            case DOWN_HISTORY -> downHistory();
            case EDIT_AND_EXECUTE_COMMAND -> editAndExecute();
            case EMACS_EDITING_MODE -> emacsEditingMode();
            case EMACS_BACKWARD_WORD -> emacsBackwardWord();
            case EMACS_FORWARD_WORD -> emacsForwardWord();
            case END_OF_BUFFER_OR_HISTORY -> endOfBufferOrHistory();
            case END_OF_HISTORY -> endOfHistory();
            case END_OF_LINE -> endOfLine();
            case END_OF_LINE_HIST -> endOfLineHist();
            case EXCHANGE_POINT_AND_MARK -> exchangePointAndMark();
            case EXPAND_HISTORY -> expandHistory();
            case EXPAND_OR_COMPLETE -> expandOrComplete();
            case EXPAND_OR_COMPLETE_PREFIX -> expandOrCompletePrefix();
            case EXPAND_WORD -> expandWord();
            case FRESH_LINE -> freshLine();
            case FORWARD_CHAR -> forwardChar();
            case FORWARD_WORD -> forwardWord();
            case HISTORY_INCREMENTAL_SEARCH_BACKWARD -> historyIncrementalSearchBackward();
            case HISTORY_INCREMENTAL_SEARCH_FORWARD -> historyIncrementalSearchForward();
            case HISTORY_SEARCH_BACKWARD -> historySearchBackward();
            case HISTORY_SEARCH_FORWARD -> historySearchForward();
            case INSERT_CLOSE_CURLY -> insertCloseCurly();
            case INSERT_CLOSE_PAREN -> insertCloseParen();
            case INSERT_CLOSE_SQUARE -> insertCloseSquare();
            case INSERT_COMMENT -> insertComment();
            case KILL_BUFFER -> killBuffer();
            case KILL_LINE -> killLine();
            case KILL_REGION -> killRegion();
            case KILL_WHOLE_LINE -> killWholeLine();
            case KILL_WORD -> killWord();
            case LIST_CHOICES -> listChoices();
            case MENU_COMPLETE -> menuComplete();
            case MENU_EXPAND_OR_COMPLETE -> menuExpandOrComplete();
            case NEG_ARGUMENT -> negArgument();
            case OVERWRITE_MODE -> overwriteMode();
            case QUOTED_INSERT -> quotedInsert();
            case REDISPLAY -> redisplay();
            case REDRAW_LINE -> redrawLine();
            case REDO -> redo();
            case SELF_INSERT -> selfInsert();
            case SELF_INSERT_UNMETA -> selfInsertUnmeta();
            case SEND_BREAK -> sendBreak();
            case SET_MARK_COMMAND -> setMarkCommand();
            case TRANSPOSE_CHARS -> transposeChars();
            case TRANSPOSE_WORDS -> transposeWords();
            case UNDEFINED_KEY -> undefinedKey();
            case UNIVERSAL_ARGUMENT -> universalArgument();
            case UNDO -> undo();
            case UP_CASE_WORD -> upCaseWord();
            case UP_HISTORY -> upHistory();
            case UP_LINE -> upLine();
            case UP_LINE_OR_HISTORY -> upLineOrHistory();
            case UP_LINE_OR_SEARCH -> upLineOrSearch();
            case VI_ADD_EOL -> viAddEol();
            case VI_ADD_NEXT -> viAddNext();
            case VI_BACKWARD_CHAR -> viBackwardChar();
            case VI_BACKWARD_DELETE_CHAR -> viBackwardDeleteChar();
            case VI_BACKWARD_BLANK_WORD -> viBackwardBlankWord();
            case VI_BACKWARD_BLANK_WORD_END -> viBackwardBlankWordEnd();
            case VI_BACKWARD_KILL_WORD -> viBackwardKillWord();
            case VI_BACKWARD_WORD -> viBackwardWord();
            case VI_BACKWARD_WORD_END -> viBackwardWordEnd();
            case VI_BEGINNING_OF_LINE -> viBeginningOfLine();
            case VI_CMD_MODE -> viCmdMode();
            case VI_DIGIT_OR_BEGINNING_OF_LINE -> viDigitOrBeginningOfLine();
            case VI_DOWN_LINE_OR_HISTORY -> viDownLineOrHistory();
            case VI_CHANGE -> viChange();
            case VI_CHANGE_EOL -> viChangeEol();
            case VI_CHANGE_WHOLE_LINE -> viChangeWholeLine();
            case VI_DELETE_CHAR -> viDeleteChar();
            case VI_DELETE -> viDelete();
            case VI_END_OF_LINE -> viEndOfLine();
            case VI_KILL_EOL -> viKillEol();
            case VI_FIRST_NON_BLANK -> viFirstNonBlank();
            case VI_FIND_NEXT_CHAR -> viFindNextChar();
            case VI_FIND_NEXT_CHAR_SKIP -> viFindNextCharSkip();
            case VI_FIND_PREV_CHAR -> viFindPrevChar();
            case VI_FIND_PREV_CHAR_SKIP -> viFindPrevCharSkip();
            case VI_FORWARD_BLANK_WORD -> viForwardBlankWord();
            case VI_FORWARD_BLANK_WORD_END -> viForwardBlankWordEnd();
            case VI_FORWARD_CHAR -> viForwardChar();
            case VI_FORWARD_WORD -> viForwardWord();
            case VI_FORWARD_WORD_END -> viForwardWordEnd();
            case VI_HISTORY_SEARCH_BACKWARD -> viHistorySearchBackward();
            case VI_HISTORY_SEARCH_FORWARD -> viHistorySearchForward();
            case VI_INSERT -> viInsert();
            case VI_INSERT_BOL -> viInsertBol();
            case VI_INSERT_COMMENT -> viInsertComment();
            case VI_JOIN -> viJoin();
            case VI_KILL_LINE -> viKillWholeLine();
            case VI_MATCH_BRACKET -> viMatchBracket();
            case VI_OPEN_LINE_ABOVE -> viOpenLineAbove();
            case VI_OPEN_LINE_BELOW -> viOpenLineBelow();
            case VI_PUT_AFTER -> viPutAfter();
            case VI_PUT_BEFORE -> viPutBefore();
            case VI_REPEAT_FIND -> viRepeatFind();
            case VI_REPEAT_SEARCH -> viRepeatSearch();
            case VI_REPLACE_CHARS -> viReplaceChars();
            case VI_REV_REPEAT_FIND -> viRevRepeatFind();
            case VI_REV_REPEAT_SEARCH -> viRevRepeatSearch();
            case VI_SWAP_CASE -> viSwapCase();
            case VI_UP_LINE_OR_HISTORY -> viUpLineOrHistory();
            case VI_YANK -> viYankTo();
            case VI_YANK_WHOLE_LINE -> viYankWholeLine();
            case VISUAL_LINE_MODE -> visualLineMode();
            case VISUAL_MODE -> visualMode();
            case WHAT_CURSOR_POSITION -> whatCursorPosition();
            case YANK -> yank();
            case YANK_POP -> yankPop();
            case MOUSE -> mouse();
            case BEGIN_PASTE -> beginPaste();
            case FOCUS_IN -> focusIn();
            case FOCUS_OUT -> focusOut();
            default -> throw new IllegalArgumentException("no built-in widget " + name);
        };
    }
}
