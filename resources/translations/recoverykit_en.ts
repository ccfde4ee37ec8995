<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>recoverykit</name>
    <message>
        <source>%1, %2</source>
        <comment>step name, side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <comment>swap caption: step, duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides. Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>step, duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold time is over: get out of the cold water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold time is over: remove the ice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat time is over: get out of the bath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat time is over: take the heat away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>minutes and seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <comment>rounded minutes</comment>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch</source>
        <extracomment>&quot;snowflake&quot;, &quot;warmth&quot; or None: the painted icon beside a cold or heat step. The word in capitals on a contrast phase&apos;s banner (&quot;COLD&quot;); None for kinds that are no phase.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage gun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression boots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vibration plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap: cold next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap: heat next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>step name · side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About recoverykit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recoverykit icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided cool-downs, contrast therapy timers and a recovery log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. &lt;a href=&quot;%1&quot;&gt;Read the licence online&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;licence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the full text of the GNU GPL below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;licence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still running, so “%2” was not started. Finish or stop this session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no routine with the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 NEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>step name · temperature</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you: press Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left in this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap: %1 to get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast therapy is meant for the %1 hours after a workout. Cold first, then heat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice pack or cold towel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold-water immersion (a cold tub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot towel or heat pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm bath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round is a cold phase, then a heat phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold (one more cold phase at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of each cold phase (minutes:seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of each heat phase (minutes:seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show temperatures in degrees Celsius or Fahrenheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>spin box suffix: seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to swap between phases; the next phase then starts by itself (Space starts it sooner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for me instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between phases, wait until you press Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;old phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;eat phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap countdown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map</source>
        <extracomment>An area was clicked to choose its value: the area and where (global) the picker should open.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front and back of the body with each area&apos;s soreness. Use the sliders beside it to change a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an area to choose its soreness, right-click to lower it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not rated (click to rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <comment>side of the body</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <comment>side of the body</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the contrast session (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Heat at about %1. If your skin is sensitive, keep it cooler and test it on your wrist first, to avoid burns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the values marked in red to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 · %2 phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recoverykit databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no history to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup can be restored when no session is running and everything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore history from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history will be replaced by the one in %1. The history you have now is kept as a backup in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore %1: %2. Nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history was restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history it replaced was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cap counts each time it is applied: in contrast therapy each cold phase is one, with the heat between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A companion, not a medical device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recoverykit times and guides the recovery work you choose to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In what order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right after the run, keep moving gently; then stretch; then eat and drink; restorative work such as foam rolling, a massage gun or contrast therapy comes last, and the massage gun works best an hour or two later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active recovery: an easy walk or ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 10 minutes (up to 15) of walking or light cycling straight after the run lets your heart rate come down gradually and helps more than standing still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it easy: around half of your maximum heart rate, a pace at which you can talk in full sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold each stretch for at least 20 seconds without bouncing: the front and back of the thighs, the calves, the hip flexors and the glutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch one leg, then the other, each for the full hold. A stretch should feel like a pull, never like pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam rolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each large muscle group 30 to 60 seconds. Roll slowly and rest for a moment on a tender spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with light pressure and add more as the muscle gets used to it. Warm up first: do not press hard on a cold muscle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend 60 to 90 seconds on each spot with moderate pressure, always moving the gun towards the heart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it off bones, joints and anything injured: pain from a fall or a twist needs to be looked at, not massaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No massage gun? Press, knead and lightly tap the sore calves and thighs, then walk a few steps and shake them loose. Setting aside time for it the next day eases the soreness too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 48 hours of the workout: cold first, about 10 minutes with an ice pack, then about 15 minutes of heat with a towel at around 40 °C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always wrap the ice in a thin cloth and take it off if the skin goes numb or white. Test the heat on your wrist first; if your skin is sensitive, keep it cooler to avoid burns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limits the app keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eating, drinking and sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soon after the run, have some carbohydrate with about 20 g of protein, for example a banana with milk, and drink, with electrolytes after a long or hot run. (Half an hour is often said; the evidence for an exact window is mixed, so soon is enough.) Most repair happens in deep sleep: aim for 7 to 9 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be saved (%1). What you entered is still here; try again or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be put back: %1. Try Undo again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. Finished and stopped sessions appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sessions of routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search routines and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;week</source>
        <extracomment>The quick ranges: the last N days (None: all time).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 mont&amp;hs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all t&amp;ime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charts as a PNG image or an SVG drawing, e.g. for a physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Asks where to save the charts: (parent, title, filters) -&gt; a path or None (tests replace it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logged days cannot be charted just now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session cannot be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n steps skipped</source>
        <comment>result</comment>
        <translation>
            <numerusform>%n step skipped</numerusform>
            <numerusform>%n steps skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n areas)</source>
        <comment>soreness change</comment>
        <translation>
            <numerusform>%1 (%n area)</numerusform>
            <numerusform>%1 (%n areas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness was not logged both before and after this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness before → after (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent in the steps, pauses not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed, some steps skipped, stopped early, or interrupted (the app was closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After minus before, added up over the areas logged both times; point at a row for each area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: soreness %2 before, %3 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effort %1/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slept %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal for this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal of the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this session; Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be shown just now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged entries could not be read and are not shown.</source>
        <comment>rows</comment>
        <extracomment>The overview the page shows (the service returns the same one while nothing is written).</extracomment>
        <translation>
            <numerusform>%n damaged entry could not be read and is not shown.</numerusform>
            <numerusform>%n damaged entries could not be read and are not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <extracomment>The cause of the notice that the history cannot be written; it clears when writing works again. The cause of the notice about values in the settings file that were not used: saving the settings writes the file anew, so the notice goes then. What may start: the routine, a shorter one, or None (set by the safety room; all by default).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps you finished stay in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <extracomment>``None`` is a separator (shown only between actions that are present).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start selected routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Floor mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice prompts (unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About recoverykit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit during a session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session will be kept in your history as interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds (each side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-ready countdown before the first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause to switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause to get into the next position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get ready:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch sides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Between steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the routine (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left, right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 s: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your “%1” session was cut short at %2 (step %3 of %4: %5). Resume where it stopped, or keep the %6 finished steps as an interrupted session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>length · steps</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <comment>routine length</comment>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · yours</source>
        <comment>a routine the user made</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  —  %2</source>
        <comment>meta  —  description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the laptop where you can see it from the floor, then press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some routine files could not be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected routine (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this step (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 15 seconds (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the screen with the countdown (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave floor mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <comment>safety note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>duration · kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more time can be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected routine, then start it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume; between contrast phases, start the next one now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this step (ignored in its first second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: restart this step, or the previous one in its first 3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 15 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave floor mode; otherwise stop the session (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor mode: the countdown fills the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or unmute the sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice prompts on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About recovery: what each routine is for, and when to see a professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do your legs feel? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before the session</source>
        <extracomment>A number outside a field&apos;s range was typed and not used; the message says so.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 soreness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is none, 10 is the worst; all the way left is not rated; keys 0 to 9 set a value at once, End sets 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness (0 none, 10 worst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate of perceived exertion: 1 very easy, 10 all-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know when it &amp;ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort (&amp;RPE 1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort, RPE 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the workout ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drank water or an &amp;electrolyte drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ate &amp;carbs with some protein (about 20 g) soon after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within half an hour or so tends to help; a guide, not a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours slept last night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking after yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slept last night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything that worries you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injured or swollen (a fall, a twist, a knock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injured or swollen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sore is it now? (0 none, 10 worst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. rest day; calves tight on the stairs, left hamstring better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L %1 · R %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No days logged yet. Log how your legs feel on a rest day or the morning after with Session → Log how you feel… (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. calves tight, left hamstring better than yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your legs feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal: soreness, workout, refuelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log soreness by body area, the workout and how you looked after yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done: %1 complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done · %2 skipped · %3 not reached · %4 of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓  %1</source>
        <comment>done step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show recoverykit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source bounds a session in pneumatic compression boots; follow the maker&apos;s guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source bounds time on a vibration plate; follow the maker&apos;s guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contrast therapy runs 1 to 4 rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the swap countdown lasts 0 to 60 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} (got {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} (source: {source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes}:{seconds} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you noted {sign} in the last 72 hours: no heat, massage or rolling there yet, only cold and rest, and have it checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do your fingers or toes turn white or blue in the cold (Raynaud&apos;s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold can bring on an attack of Raynaud&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does cold give you hives or a rash (cold urticaria)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold can bring on a reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the feeling in your legs or feet reduced (for example diabetic neuropathy)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not feel the skin getting too cold or too hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have poor circulation or a disease of the blood vessels in your legs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold and heat change the blood flow in the legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have a clotting disorder, have you had a clot (DVT), do you have varicose veins, or do you take blood thinners?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pressure and cold on the legs are not safe with clots or thinned blood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hot baths and pressure devices are not advised in pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have a heart condition?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hot bath puts strain on the heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have a pacemaker or another implant, or have you had surgery recently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vibration and pressure devices are not used over implants or fresh surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you marked your {area} injured or swollen in the last 72 hours: no heat, massage or rolling there yet, only cold and rest, and have it checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be one of {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a time with a UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must list some of {values}, each once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must map body areas to numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guidance describes one cold→heat cycle; up to 4 is a product decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time must have a UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a logged day holds how it feels, not a session&apos;s before and after or a workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is at most {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day can be logged for now or the past, not for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} names {area}, not one of {areas}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance 002: an ice pack for 10 min; clinicalgate, “Cryotherapy”: protocols limit cold to 15–20 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machado et al. 2016, Sports Med 46:503–514: 10–15 °C for 10–15 min gave the best soreness results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance 002: a hot towel at about 40 °C for 15 min; 20 min is that length with a margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance 002: 15 min of heat; a bath warms the whole body, so no longer and no warmer than 40 °C (the US CPSC hot-tub limit, advisory 79-071)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: no source bounds its length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} lasts at most {cap} each time, every +15 s included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: at most {cap} each time, at {low}–{high} °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {low}–{high} °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}–{high} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}–{high} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ice pack or cold towel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrapped in a cloth, never straight on the skin; 0–20 °C is what the app accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold-water immersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hot towel or heat pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance 002: about 40 °C; warmer than 45 °C risks burns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a warm bath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a massage gun on one muscle group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance 003: 60–90 s per muscle group, kept moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>massage by hand on one muscle group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance 004: press, knead and gently beat the sore muscle, then shake it loose; the source gives no time, so 30 s–5 min a muscle group is the product&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a static stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance 001, 002: at least 20 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foam rolling one muscle group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance 002, 003: 30–60 s per muscle group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>easy walking or cycling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance 002, 003: 10–15 min is suggested; no source bounds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dynamic warm-up drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance 001, 003: no source bounds a drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product: rest has no bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compression boots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vibration plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bath such as an Epsom-salt soak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance 000 names it only as an optional relaxing step; no source bounds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {range} each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: at least {low}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: at most {high} each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: at most {cap} each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must say format = &quot;{name}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was written for a newer recoverykit (format version {version}; this one reads {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use lower-case letters, digits and dashes (at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine needs at least one [[steps]] table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {limit} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a step field this version knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every step needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive number of seconds (got {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of body areas, e.g. [&quot;calves&quot;, &quot;hamstrings&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area} is not a body area; use {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names an area twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be [] or [&quot;left&quot;, &quot;right&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a one-leg step is done on both sides: list left and right once each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a TOML table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a routine field this version knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a plain file (a routine is a .toml text file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is {size} bytes; a routine file is at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine file is at most {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid TOML ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a number too long to read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {choices} (got {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of degrees Celsius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text and not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every routine needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only heat and cold steps have a temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{modality} is a {other} modality; a {kind} step uses one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swimming works the shoulders and back most; the app&apos;s routines are for the legs and lower back, so this session covers only part of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if the session was not a leg day, the app&apos;s routines (all for the legs) may not fit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workout&apos;s sport is not known, so this is the general cool-down for the legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your {sport}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: {what} from {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your {km} km {sport}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing more today: rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: {what}, whenever you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the massage gun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>massage by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contrast therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no massage gun at hand? Your hands do it too: knead and lightly tap the calves and thighs, then shake them loose; again tomorrow eases the soreness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is in the backups folder; an export there could replace a backup. Choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a database (a copy of a history?); an export does not replace one. Choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is the history itself; an export there would replace it. Choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused it ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history is in use by another program just now (the database is locked); try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history folder cannot be written to (it is read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no permission to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no permission to write {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history is not open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a file recoverykit can import (a history JSON export is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a CSV export, which is for spreadsheets; import the JSON export instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a regular file (a pipe, a device or a folder): only a file can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in routines cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only your own routines can be replaced; a built-in one stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be deleted ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reminder to drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting} (&quot;{key}&quot; in the file) cannot be {value}; the default, {default}, is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy of the database {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty (0 bytes), so it holds no history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an SQLite database (it does not start with the SQLite header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a damaged header (page size {size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is cut short ({bytes} bytes is not a whole number of {size}-byte pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed SQLite&apos;s integrity check ({found})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is an SQLite database of some other program (it has no recoverykit tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged (SQLite reports names in it that are not readable text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged (its record of migrations is not one recoverykit wrote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of recoverykit (schema {schema}, this version reads up to {newest}). It has been left untouched: update recoverykit to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be created just now ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged (its {table} table lacks {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read just now ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened just now ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged (its record of migrations cannot be read: {why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be created ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read as a recoverykit database ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened as a recoverykit database: it {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than {size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds {name}, which is not a number JSON allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be text, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} has no UTC offset: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be a number from {low} to {high}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be an object, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} lacks {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be a list, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps holds more than {count} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s &quot;days&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds more than {count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a recoverykit history (its &quot;format&quot; is not {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s &quot;version&quot; is not a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is history format version {version}; this recoverykit reads up to {newest}. Update recoverykit to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s &quot;sessions&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds more than {count} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session {number} (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is not an ISO-8601 time: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side must be &quot;left&quot;, &quot;right&quot; or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status must be in_progress, completed, abandoned or interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not complete, valid JSON ({why} at line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds a value that cannot be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status must be &quot;done&quot; or &quot;skipped&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history cannot be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was kept, renamed to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recoverykit started a new, empty history (there is no usable backup in {path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions will not be saved until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be moved aside ({why}), so nothing was changed and sessions will not be saved until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history was restored from the backup {path}; anything saved after that backup is only in the kept file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database could not be started either ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished sessions could not be checked: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the history: {why}. Sessions go on; recoverykit keeps what it could not save and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpacks to more than {mb} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an archive inside an archive is not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged and nothing could be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a damaged .gz file ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .zip with no FIT, GPX or TCX file in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a damaged .zip file ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is over {mb} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is over {mb} MB, larger than any workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no FIT, GPX or TCX files in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file declares XML entities, which are not read (a workout export never needs them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XML file that is neither GPX nor TCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a FIT, GPX or TCX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be unpacked ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sport settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a planned workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a course (a planned route)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weight scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lifetime totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an all-day monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activity summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a segment list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FIT file with no recorded workout in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} file, not a recorded workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another kind of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recorded times: this looks like a planned route, not a workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TCX file with no recorded activity in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a course (a planned route), not a recorded workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sign}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {size} cool-down, in the order of the guidance: easy movement, then stretching, then rolling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metres} m of descent: running or walking downhill works the quads hardest, and that is the work that leaves them sorest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you logged your {area} at {value}/10 on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workout ended hours ago, so the easy walk that belongs right after it is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no built-in step works those areas, so this is a gentle stretch for the legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you ticked {sign} on {day}: no rolling, massage, heat or contrast until it has been checked. If it persists or gets worse, see a doctor or a sports physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you marked your {area} injured or swollen: no rolling, massage, heat or contrast there for 72 hours, only cold and rest, and have it checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the get-ready time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time to switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time between steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the temperature unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contrast swap countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting between phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the distance unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your measured maximum heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refuel reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings file has version {version}; unknown values are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings file is not a JSON object; defaults are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be saved to {path} ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is too large to be a settings file; defaults are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read ({why}); defaults are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not valid JSON ({why}); defaults are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds a value that cannot be read ({why}); defaults are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain getting worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hot, swollen, painful calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dark urine after hard exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chest pain, fainting or breathlessness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workout imported yet: the standard cool-down after a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} minutes of easy movement first, at about half your maximum heart rate: better right after than standing still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {sport} works the {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the massage gun works best an hour or two after the workout, 60–90 s per muscle group, kept moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contrast therapy helps within 48 h of the workout: until {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>caption, then time left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had a drink?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water or an electrolyte drink after the workout helps you recover and keeps cramps away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to refuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your workout ended about 30 minutes ago. Something with carbohydrate and some protein (around 20 g) and a drink tends to help recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as you measured it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an estimate from your age: 208 − 0.7 × %1 (Tanaka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy enough that you can talk in full sentences (the talk test). Set your age or measured maximum heart rate above to see a heart-rate band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy enough that you can talk in full sentences (the talk test). Set your age or measured maximum heart rate in Preferences to see a heart-rate band here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim for about %1–%2 bpm, about half of your maximum heart rate of %3 bpm (%4). Or the talk test: easy enough to talk in full sentences. On beta-blockers, use the talk test only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy runs: about %1–%2 bpm, 60–70 % of that maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of recovery days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recovery days in the last 26 weeks</source>
        <comment>days</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 min or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery minutes per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness by area in the days after the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery days, last 26 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yy</source>
        <comment>month and year format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week starting (day/month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery minutes per week, last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery minutes per month, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery minutes per year, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery minutes per week, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min of recovery</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%n min of recovery</numerusform>
            <numerusform>%n min of recovery</numerusform>
        </translation>
    </message>
    <message>
        <source>Soreness and effort over the chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness and effort: choose dates above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort (RPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load (effort × min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness by area and effort, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness and effort, %1: nothing logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(load %1: effort × minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness after a session: no journal to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recoverykit history charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n recovery days (one rest day in a row keeps it going)</source>
        <comment>days</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recoverykit history (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions exported to %1.</source>
        <comment>sessions</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>History can be imported when no session is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recoverykit history (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing changed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import: %1. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new sessions imported from %1</source>
        <comment>sessions</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already in your history).</source>
        <comment>sessions</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Why the journal was not saved</source>
        <extracomment>Stores a journal and note; returns None when saved, or why it could not be, for the user.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal saved to your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain getting worse despite rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hot, swollen, painful calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark (cola-coloured) urine after hard exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest pain, fainting or breathlessness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You noted: %1 (%2). Get medical help today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your %1 soreness has been 7 or more over %n days (%2 to %3).</source>
        <comment>days</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You noted: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <extracomment>The highest steady heart rate of the last 12 months of workouts (set once storage is open). Asks the health check again (set by the composition root; see ui/safety).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to get it looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this notice; it comes back if something new is logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine with this id already exists</source>
        <extracomment>Asked when an imported routine&apos;s id is taken: (parent, text, can_replace) -&gt; REPLACE, KEEP_BOTH or CANCEL.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n steps, %2 of work.</source>
        <comment>import summary</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(each side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>steps</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change one of your routines (a built-in one is copied first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a routine of your own (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected routine; a built-in one is copied first (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in routines stay as they are; you are editing a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will be deleted (the file %2). Your history keeps the sessions you did with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines can be imported when no session is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the routine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1” to your routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced “%1” with the imported one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in routine already has the id “%1”; this one can be added beside it as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a routine with the id “%1” (“%3”). Replace it with this one, or keep both (this one is then added as “%2”)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine file with the id “%1” is already in your folder; this one can be added as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;outine name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a step, or press Alt+Up and Alt+Down, to move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step after the selected one (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected step (Delete in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step earlier (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step later (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the routine (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine needs at least one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2), %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every routine needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <comment>problems</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to “%1” have not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play &amp;sounds at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the steps &amp;aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-ready countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used the next time recoverykit starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celsius (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fahrenheit (°F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;emperatures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 years; the estimate is not a useful guide outside them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured maximum heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you know your maximum heart rate from a test, it is used instead of the estimate from your age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measured maximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for me &amp;between phases instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to &amp;refuel 30 minutes after a workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to &amp;drink 15 minutes after a workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap countdown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast, reminders, workouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measured maximum below %1 bpm is not used; check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold-water immersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <extracomment>Fields whose problem line keeps its height while empty: the ones that go wrong as you type.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source gives a time limit for this; follow the maker&apos;s guidance and stop if anything hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Both sides, left then right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-leg exercise runs once per side, each for the full time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;t a temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown beside the step, e.g. for ice or heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the time comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;mperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Illustration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instru&amp;ction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;fety note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(source %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butt kicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy cycling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epsom-salt bath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam roll: calves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam roll: glutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam roll: hamstrings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam roll: quads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glute stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High knees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot towel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage gun: calves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage by hand: calves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage gun: glutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage gun: hamstrings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage gun: quads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quad stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torso twists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy, HH:mm</source>
        <comment>date and time format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <comment>date format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd MMM</source>
        <comment>day and month format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the session</source>
        <extracomment>The imported workout the running session follows, if any (set by the workouts room).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-off could not be saved in the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal could not be saved (%1). What you entered is still here; try again or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing workouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current file; what was imported stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing workouts: %1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this suggestion; it comes back with the next workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workouts</source>
        <extracomment>The cause of the notice that the watched folder is missing: it clears when the folder is back.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout files (*.fit *.FIT *.gpx *.tcx *.gz *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;workouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import FIT, GPX or TCX files from your watch or an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: %1. The workouts before it were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 — suggested: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workouts</source>
        <comment>workout import</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <comment>workout import</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <comment>workout import</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end; what was imported stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watched folder %1 is not there (is the watch connected?). It is looked at again every minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of files already read from the watched folder could not be saved (%1); the next start reads the folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workouts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be linked to its workout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workout could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workout could not be put back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trail run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strength session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multisport workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your %1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-minute cool-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-minute cool-down for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done at %1: the suggested cool-down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <comment>what was done, then what is next, as two sentences</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hamstrings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hip flexors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workouts yet. Import the files from your watch with Data → Import workouts… or drop them on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climb %1 m, descent %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to watch for new workouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: workouts are imported by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workout files in this folder (a mounted watch, a sync folder) are imported by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your workouts of the last 12 months show a maximum of %1 bpm, held for more than a moment (single-sample spikes left out). Use it as your measured maximum?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recoverykit is a companion, not a medical device: it does not diagnose or treat anything, and does not replace a doctor or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a sports physiotherapist or a doctor for sharp pain, swelling, numbness or tingling, pain that gets worse despite rest, or soreness still severe after more than 3 days. After a fall or a twist, have it checked before any massage or rolling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get medical help today for a hot, swollen, painful calf, dark (cola-coloured) urine after hard exercise, or chest pain, fainting or breathlessness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold, heat and the massage gun are not safe for everyone. Answer these once, and recoverykit will say which steps to ask your doctor about first and leave them out unless you choose otherwise. Your answers stay on this computer and are never shared; change them any time in Edit → Health check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you skip it, recoverykit cannot warn you about cold, heat or the massage gun for your health: every step runs as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your doctor first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health check…</source>
        <extracomment>The recovery picture now (set by the app): its signs and injured areas of the last 72 h.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the health questions again (cold, heat, massage gun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your health answers could not be saved (%1); they apply until recoverykit closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your doctor first, or wait, before these steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is every step of this routine, so leaving them out leaves nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice could not be set aside for good (%1); it shows again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log how you feel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log how your legs feel today or on a past day, with or without a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log how you feel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your legs feel on a rest day or the morning after (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save yet: rate an area, tick a sign, mark a rest day or write a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day was not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day could not be saved (%1). What you entered is still here; try again or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged how you feel on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logged days cannot be shown just now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day could not be put back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log how you feel</source>
        <extracomment>Stores a logged day (moment, journal, rest day, note); returns None when saved, or why not.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a logged day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time this describes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;rest day (no run or leg workout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the day was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3, so it was not used; it is still %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: ticks it off in the session&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sno&amp;oze 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sore are you before you start? Rating it now lets the summary show what the session changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate soreness before the session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseTimeline</name>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtSoundOutput</name>
    <message>
        <source>Sound unavailable: this system lacks the audio libraries Qt needs (on Debian or Ubuntu: libpulse0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound unavailable: no audio output was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound unavailable: the cue sounds could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound unavailable: the audio device cannot play the cues.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtSpeech</name>
    <message>
        <source>Voice prompts unavailable: this system lacks the libraries Qt&apos;s speech needs.</source>
        <extracomment>Qt&apos;s test engine speaks to nobody; never offer it to users. A prompt not started this long after it was due is dropped. Dropped prompts or engine errors before voice gives up for the run. How long closing the app waits for a hung engine before ending its thread.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice prompts unavailable: no speech engine is working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice prompts unavailable: no audio output was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice prompts turned off for this session: the speech engine did not respond. The countdown and the sounds go on as before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routines</name>
    <message>
        <source>Contrast therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold first, then warmth: 10 minutes of ice, then 15 minutes of a hot towel at about 40 °C. Within 48 hours of the workout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap the ice pack in a thin cloth and rest it on the sore muscle. Stay still and breathe slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never put ice straight on bare skin. Take it off early if the skin goes numb or white.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot towel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay a towel soaked in water at about 40 °C over the same area. Warm, never hot: re-soak it when it cools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-run cool-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten easy minutes on your feet, five stretches on both legs, then the foam roller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy walk or spin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep moving at an easy pace: a brisk walk or light pedalling. You should be able to talk in full sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing quad stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand tall, bend one knee and hold that ankle behind you. Knees side by side, hips pushed gently forward. Hold a chair if you wobble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heel on a low step, leg straight, toes up. Hinge forward from the hips with a flat back until you feel the back of the thigh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calf stretch against a wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands on the wall, one foot back with the heel down and the leg straight. Lean in until the calf of the back leg lengthens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneeling hip-flexor stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneel on one knee, the other foot flat in front. Tuck your tailbone and shift your weight forward until the front of the kneeling hip opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure-four glute stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back, cross one ankle over the opposite knee and draw both legs towards your chest until the outer hip stretches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam roll: quads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face down on your forearms, roller under the thighs. Roll slowly from hip to just above the knee; pause on tender spots and breathe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam roll: hamstrings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with the roller under one thigh, hands behind you. Roll from the sit bone to above the knee at a slow, steady pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam roll: calves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam roll only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just the roller: quads, hamstrings, calves and glutes, slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face down on your forearms, roller under the thighs. Roll slowly from hip to above the knee; pause on tender spots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin light. Rolling hard on cold muscle does more harm than good: warm up first if you have been sitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with the roller under one thigh, hands behind you. Roll from the sit bone to above the knee, slow and steady.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam roll: glutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit on the roller, cross one ankle over the other knee and lean towards that hip. Small, slow rolls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg-day recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy cycling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedal with almost no resistance, or walk if there is no bike. Breathing stays relaxed; this just keeps the blood moving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand tall, bend one knee and hold that ankle behind you. Knees side by side, hips pushed gently forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with one leg long and the other foot against the inner thigh. Reach towards the long leg&apos;s ankle, leading with the chest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back, cross one ankle over the opposite knee and draw both legs towards your chest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneel on one knee, the other foot flat in front. Tuck your tailbone and lean forward until the front of the hip opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands on the wall, one foot back with the heel down. Lean in until the back calf lengthens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face down on your forearms, roller under the thighs. Roll slowly from hip to above the knee and linger where it is tender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light pressure first; legs that have cooled down need a gentler start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage gun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage gun: quads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with the leg relaxed. Glide the head slowly up the front of the thigh, from knee towards hip, with moderate pressure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage gun: hamstrings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie face down or sit forward on a chair. Work up the back of the thigh from above the knee towards the buttock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage gun: calves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prop the foot up and let the calf hang soft. Move from just above the Achilles up to below the knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage gun: glutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with weight on the other leg. Sweep across and up the buttock in slow passes, easing off near the lower back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the towel on your wrist first. If your skin is sensitive, keep it cooler to avoid burns. Stop if the skin burns, goes numb, or you feel dizzy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease into it and hold still: a stretch pulls, it never hurts. Stop if you feel sharp pain, numbness or tingling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with light pressure and add weight only as the muscle warms. Stay off the kneecap. Stop if you feel sharp pain, numbness or tingling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the pressure moderate; skip the back of the knee. Stop if you feel sharp pain, numbness or tingling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roller under one calf, the other leg crossed on top for more weight. Lift your hips and roll from just above the Achilles tendon to below the knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll the muscle, not the Achilles tendon. Stop if you feel sharp pain, numbness or tingling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roller under one calf, the other leg on top for more weight. Lift your hips and roll from just above the Achilles tendon to below the knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No massage gun needed: knead, press and lightly tap the calves and thighs, then shake them loose. Good the next day too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage by hand: calves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with the knee bent. Press and knead the calf with both hands from the ankle up towards the knee, tap it lightly with loose fists, then stand, walk a few steps and shake the leg loose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm but never painful. Stop if you feel sharp pain, numbness or tingling, and leave out an area that is swollen, hot or freshly injured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage by hand: thighs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with the leg straight and relaxed. Knead the front of the thigh with both hands from the knee up towards the hip, then the back of it; finish with light tapping along the muscle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm but never painful; keep off the kneecap. Stop if you feel sharp pain, numbness or tingling, and leave out an area that is swollen, hot or freshly injured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For after squats and lunges: an easy spin, longer holds for the big muscles, slow rolling, then the calves massaged by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minute or so on each muscle group of both legs, kept moving. Best an hour or two after the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it moving over the muscle group, never parked on one point. Keep off bones, joints and any area that is bruised or injured. Stop at sharp pain, numbness or tingling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it moving; stay clear of the back of the knee. Stop at sharp pain, numbness or tingling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it moving; do not press on the Achilles tendon or the shin bone. Stop at sharp pain, numbness or tingling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it moving; avoid the spine and the bony point of the hip. Stop at sharp pain, numbness or tingling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-run dynamic warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving, not holding: swings, lunges and drills that get the legs ready to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a wall and swing one leg forward and back like a pendulum, a little higher each time. Keep the trunk still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking lunges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step long, lower the back knee towards the floor, then drive up into the next step. Front knee over the ankle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodyweight squats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet shoulder-width apart, sit back and down as if onto a chair, then stand tall. Smooth and controlled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butt kicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jog on the spot and flick your heels up towards your seat. Light, quick feet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High knees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jog on the spot, lifting each knee to hip height. Pump your arms and stay on the balls of your feet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torso twists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet planted, arms loose, turn the upper body side to side and let the arms swing around you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap the ice pack or cold towel in a thin cloth and rest it on the sore muscle. Stay still and breathe slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold immersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the sore legs into the cold water and keep still. Breathe out slowly as you go in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold water is harsher than a pack: keep it short. Get out at once if you shiver hard, feel dizzy or the skin goes numb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the hot towel or heat pack over the same area. Warm, never hot: re-soak or re-warm it when it cools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test it on your wrist first. If your skin is sensitive, keep it cooler to avoid burns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm bath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit in the warm bath with the sore muscles under water. Relax and breathe slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the water with your wrist first. If your skin is sensitive, keep it cooler to avoid burns; get out if you feel dizzy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
