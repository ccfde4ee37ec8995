<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>recoverykit</name>
    <message>
        <source>%1, %2</source>
        <comment>step name, side</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <comment>swap caption: step, duration</comment>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>Switch sides. Next: %1</source>
        <translation>换边。下一个：%1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一个：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>step, duration</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>开始：%1</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>换边</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>已过一半</translation>
    </message>
    <message>
        <source>Cold time is over: get out of the cold water</source>
        <translation>冷敷时间到：请离开冷水</translation>
    </message>
    <message>
        <source>Cold time is over: remove the ice</source>
        <translation>冷敷时间到：请拿开冰袋</translation>
    </message>
    <message>
        <source>Heat time is over: get out of the bath</source>
        <translation>热敷时间到：请离开浴缸</translation>
    </message>
    <message>
        <source>Heat time is over: take the heat away</source>
        <translation>热敷时间到：请移开热源</translation>
    </message>
    <message>
        <source>Time is up: %1</source>
        <translation>时间到：%1</translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation>本次训练完成，做得好。</translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation>训练已停止。</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>minutes and seconds</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <comment>rounded minutes</comment>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>左腿</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>右腿</translation>
    </message>
    <message>
        <source>Stretch</source>
        <extracomment>&quot;snowflake&quot;, &quot;warmth&quot; or None: the painted icon beside a cold or heat step. The word in capitals on a contrast phase&apos;s banner (&quot;COLD&quot;); None for kinds that are no phase.</extracomment>
        <translation>拉伸</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>泡沫轴</translation>
    </message>
    <message>
        <source>Massage gun</source>
        <translation>筋膜枪</translation>
    </message>
    <message>
        <source>Massage by hand</source>
        <translation>手法按摩</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>冷敷</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>热敷</translation>
    </message>
    <message>
        <source>Easy movement</source>
        <translation>轻松活动</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>热身</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Compression boots</source>
        <translation>压缩靴</translation>
    </message>
    <message>
        <source>Vibration plate</source>
        <translation>振动板</translation>
    </message>
    <message>
        <source>Bath</source>
        <translation>泡浴</translation>
    </message>
    <message>
        <source>Swap: cold next</source>
        <translation>更换：接下来冷敷</translation>
    </message>
    <message>
        <source>Swap: heat next</source>
        <translation>更换：接下来热敷</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>摆好姿势</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>step name · side</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>About recoverykit</source>
        <translation>关于 recoverykit</translation>
    </message>
    <message>
        <source>recoverykit icon</source>
        <translation>recoverykit 图标</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Guided cool-downs, contrast therapy timers and a recovery log.</source>
        <translation>跑后放松引导、冷热交替计时和恢复记录。</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. &lt;a href=&quot;%1&quot;&gt;Read the licence online&lt;/a&gt;.</source>
        <translation>本软件是自由软件，以 GNU 通用公共许可证第 3 版或更高版本发布。&lt;a href=&quot;%1&quot;&gt;在线阅读许可证&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>许可证全文</translation>
    </message>
    <message>
        <source>Show &amp;licence text</source>
        <translation>显示许可证全文(&amp;L)</translation>
    </message>
    <message>
        <source>Shows the full text of the GNU GPL below</source>
        <translation>在下方显示 GNU GPL 的全文</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hide &amp;licence text</source>
        <translation>隐藏许可证全文(&amp;L)</translation>
    </message>
    <message>
        <source>“%1” is still running, so “%2” was not started. Finish or stop this session first.</source>
        <translation>“%1”仍在进行，因此没有开始“%2”。请先完成或停止当前训练。</translation>
    </message>
    <message>
        <source>There is no routine with the id “%1”.</source>
        <translation>没有 ID 为“%1”的训练方案。</translation>
    </message>
    <message>
        <source>COLD</source>
        <translation>冷敷</translation>
    </message>
    <message>
        <source>HEAT</source>
        <translation>热敷</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>第 %1 轮，共 %2 轮</translation>
    </message>
    <message>
        <source>%1 NEXT</source>
        <translation>接下来%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>step name · temperature</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Phase %1 of %2</source>
        <translation>第 %1 阶段，共 %2 个</translation>
    </message>
    <message>
        <source>Waiting for you: press Space to start</source>
        <translation>等你就绪：按空格键开始</translation>
    </message>
    <message>
        <source>%1 left in this phase</source>
        <translation>本阶段还剩 %1</translation>
    </message>
    <message>
        <source>Swap: %1 to get ready</source>
        <translation>更换：%1 准备时间</translation>
    </message>
    <message>
        <source>%1 left overall</source>
        <translation>总共还剩 %1</translation>
    </message>
    <message>
        <source>Contrast therapy</source>
        <translation>冷热交替疗法</translation>
    </message>
    <message>
        <source>Contrast therapy is meant for the %1 hours after a workout. Cold first, then heat.</source>
        <translation>冷热交替疗法适用于训练后 %1 小时内。先冷敷，再热敷。</translation>
    </message>
    <message>
        <source>Ice pack or cold towel</source>
        <translation>冰袋或冷毛巾</translation>
    </message>
    <message>
        <source>Cold-water immersion (a cold tub)</source>
        <translation>冷水浸泡（冷水浴缸）</translation>
    </message>
    <message>
        <source>Hot towel or heat pack</source>
        <translation>热毛巾或热敷包</translation>
    </message>
    <message>
        <source>Warm bath</source>
        <translation>温水浴</translation>
    </message>
    <message>
        <source>A round is a cold phase, then a heat phase</source>
        <translation>一轮包括一个冷敷阶段和一个热敷阶段</translation>
    </message>
    <message>
        <source>Cold (one more cold phase at the end)</source>
        <translation>冷敷（最后再加一个冷敷阶段）</translation>
    </message>
    <message>
        <source>Length of each cold phase (minutes:seconds)</source>
        <translation>每个冷敷阶段的时长（分:秒）</translation>
    </message>
    <message>
        <source>Length of each heat phase (minutes:seconds)</source>
        <translation>每个热敷阶段的时长（分:秒）</translation>
    </message>
    <message>
        <source>Heat temperature</source>
        <translation>热敷温度</translation>
    </message>
    <message>
        <source>Temperature unit</source>
        <translation>温度单位</translation>
    </message>
    <message>
        <source>Show temperatures in degrees Celsius or Fahrenheit</source>
        <translation>以摄氏度或华氏度显示温度</translation>
    </message>
    <message>
        <source> s</source>
        <comment>spin box suffix: seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Swap countdown</source>
        <translation>更换倒计时</translation>
    </message>
    <message>
        <source>Time to swap between phases; the next phase then starts by itself (Space starts it sooner)</source>
        <translation>两个阶段之间的更换时间；之后下一阶段会自动开始（按空格键可提前开始）</translation>
    </message>
    <message>
        <source>Wait for me instead</source>
        <translation>改为等我操作</translation>
    </message>
    <message>
        <source>Between phases, wait until you press Space</source>
        <translation>在两个阶段之间等待，直到你按下空格键</translation>
    </message>
    <message>
        <source>&amp;Cold:</source>
        <translation>冷敷(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Heat:</source>
        <translation>热敷(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>轮数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;End on:</source>
        <translation>结束于(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;old phase:</source>
        <translation>冷敷阶段(&amp;O)：</translation>
    </message>
    <message>
        <source>H&amp;eat phase:</source>
        <translation>热敷阶段(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Swap countdown:</source>
        <translation>更换倒计时(&amp;S)：</translation>
    </message>
    <message>
        <source>Body map</source>
        <extracomment>An area was clicked to choose its value: the area and where (global) the picker should open.</extracomment>
        <translation>身体示意图</translation>
    </message>
    <message>
        <source>Front and back of the body with each area&apos;s soreness. Use the sliders beside it to change a value.</source>
        <translation>身体正面和背面，标有各部位的酸痛程度。用旁边的滑块修改数值。</translation>
    </message>
    <message>
        <source>Click an area to choose its soreness, right-click to lower it</source>
        <translation>单击部位可选择酸痛程度，右键单击可降低</translation>
    </message>
    <message>
        <source>%1: not rated (click to rate)</source>
        <translation>%1：未评分（单击评分）</translation>
    </message>
    <message>
        <source>%1: %2 of 10</source>
        <translation>%1：%2 / 10</translation>
    </message>
    <message>
        <source>Front</source>
        <comment>side of the body</comment>
        <translation>正面</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>side of the body</comment>
        <translation>背面</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start the contrast session (Enter)</source>
        <translation>开始冷热交替训练（回车键）</translation>
    </message>
    <message>
        <source>⚠ Heat at about %1. If your skin is sensitive, keep it cooler and test it on your wrist first, to avoid burns.</source>
        <translation>⚠ 热敷温度约 %1。如果皮肤敏感，请降低温度，并先在手腕上试温，以免烫伤。</translation>
    </message>
    <message>
        <source>Fix the values marked in red to start.</source>
        <translation>请先修正标红的数值再开始。</translation>
    </message>
    <message>
        <source>Total: %1 · %2 phases</source>
        <translation>总计：%1 · %2 个阶段</translation>
    </message>
    <message>
        <source>recoverykit databases (*.db);;All files (*)</source>
        <translation>recoverykit 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>There is no history to back up.</source>
        <translation>没有可备份的历史记录。</translation>
    </message>
    <message>
        <source>Could not back up: %1</source>
        <translation>无法备份：%1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>A backup can be restored when no session is running and everything is saved.</source>
        <translation>只有在没有进行中的训练且所有内容都已保存时，才能恢复备份。</translation>
    </message>
    <message>
        <source>Restore history from a backup</source>
        <translation>从备份恢复历史记录</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <source>Replace your history?</source>
        <translation>要替换你的历史记录吗？</translation>
    </message>
    <message>
        <source>Your history will be replaced by the one in %1. The history you have now is kept as a backup in %2.</source>
        <translation>你的历史记录将被 %1 中的记录替换。当前的历史记录会作为备份保存在 %2。</translation>
    </message>
    <message>
        <source>Could not restore %1: %2. Nothing was replaced.</source>
        <translation>无法恢复 %1：%2。没有替换任何内容。</translation>
    </message>
    <message>
        <source>Your history was restored from %1.</source>
        <translation>已从 %1 恢复历史记录。</translation>
    </message>
    <message>
        <source>The history it replaced was kept as %1.</source>
        <translation>被替换的历史记录已保存为 %1。</translation>
    </message>
    <message>
        <source>The history cannot be opened: %1</source>
        <translation>无法打开历史记录：%1</translation>
    </message>
    <message>
        <source>A cap counts each time it is applied: in contrast therapy each cold phase is one, with the heat between.</source>
        <translation>上限按每次使用计算：冷热交替疗法中，每个冷敷阶段算一次，中间隔着热敷。</translation>
    </message>
    <message>
        <source>A companion, not a medical device</source>
        <translation>训练伙伴，而非医疗器械</translation>
    </message>
    <message>
        <source>recoverykit times and guides the recovery work you choose to do.</source>
        <translation>recoverykit 为你选择的恢复训练计时并提供引导。</translation>
    </message>
    <message>
        <source>In what order</source>
        <translation>先后顺序</translation>
    </message>
    <message>
        <source>Right after the run, keep moving gently; then stretch; then eat and drink; restorative work such as foam rolling, a massage gun or contrast therapy comes last, and the massage gun works best an hour or two later.</source>
        <translation>跑完后先保持轻松活动，然后拉伸，再补充饮食和水分；泡沫轴、筋膜枪或冷热交替等恢复手段放在最后，筋膜枪最好在跑后一到两小时使用。</translation>
    </message>
    <message>
        <source>Active recovery: an easy walk or ride</source>
        <translation>积极恢复：轻松步行或骑车</translation>
    </message>
    <message>
        <source>About 10 minutes (up to 15) of walking or light cycling straight after the run lets your heart rate come down gradually and helps more than standing still.</source>
        <translation>跑完后立即步行或轻松骑车约 10 分钟（最多 15 分钟），让心率逐渐降下来，比原地站着效果更好。</translation>
    </message>
    <message>
        <source>Keep it easy: around half of your maximum heart rate, a pace at which you can talk in full sentences.</source>
        <translation>保持轻松：大约为最大心率的一半，也就是还能完整说话的速度。</translation>
    </message>
    <message>
        <source>Static stretching</source>
        <translation>静态拉伸</translation>
    </message>
    <message>
        <source>Hold each stretch for at least 20 seconds without bouncing: the front and back of the thighs, the calves, the hip flexors and the glutes.</source>
        <translation>每个拉伸动作至少保持 20 秒，不要弹振：大腿前侧和后侧、小腿、髋屈肌和臀肌。</translation>
    </message>
    <message>
        <source>Stretch one leg, then the other, each for the full hold. A stretch should feel like a pull, never like pain.</source>
        <translation>先拉一侧腿，再拉另一侧，每侧都保持完整时长。拉伸应当是牵拉感，而不是疼痛。</translation>
    </message>
    <message>
        <source>Foam rolling</source>
        <translation>泡沫轴放松</translation>
    </message>
    <message>
        <source>Give each large muscle group 30 to 60 seconds. Roll slowly and rest for a moment on a tender spot.</source>
        <translation>每个大肌群滚压 30 到 60 秒。慢慢滚动，在酸痛点上稍作停留。</translation>
    </message>
    <message>
        <source>Start with light pressure and add more as the muscle gets used to it. Warm up first: do not press hard on a cold muscle.</source>
        <translation>先用较轻的压力，等肌肉适应后再加重。先热身：不要用力滚压没有热开的肌肉。</translation>
    </message>
    <message>
        <source>Spend 60 to 90 seconds on each spot with moderate pressure, always moving the gun towards the heart.</source>
        <translation>每个部位用中等力度放松 60 到 90 秒，始终朝心脏方向移动筋膜枪。</translation>
    </message>
    <message>
        <source>Keep it off bones, joints and anything injured: pain from a fall or a twist needs to be looked at, not massaged.</source>
        <translation>避开骨头、关节和受伤部位：摔倒或扭伤引起的疼痛需要就医检查，而不是按摩。</translation>
    </message>
    <message>
        <source>No massage gun? Press, knead and lightly tap the sore calves and thighs, then walk a few steps and shake them loose. Setting aside time for it the next day eases the soreness too.</source>
        <translation>没有筋膜枪？按压、揉捏并轻拍酸痛的小腿和大腿，然后走几步把腿抖松。第二天专门留出时间按摩，也能缓解酸痛。</translation>
    </message>
    <message>
        <source>Within 48 hours of the workout: cold first, about 10 minutes with an ice pack, then about 15 minutes of heat with a towel at around 40 °C.</source>
        <translation>训练后 48 小时内：先冷敷，用冰袋约 10 分钟；再用约 40 °C 的毛巾热敷约 15 分钟。</translation>
    </message>
    <message>
        <source>Always wrap the ice in a thin cloth and take it off if the skin goes numb or white. Test the heat on your wrist first; if your skin is sensitive, keep it cooler to avoid burns.</source>
        <translation>冰袋一定要用薄布包好，皮肤发麻或发白时立即拿开。热敷前先在手腕上试温；如果皮肤敏感，请降低温度，以免烫伤。</translation>
    </message>
    <message>
        <source>The limits the app keeps</source>
        <translation>本应用遵守的限制</translation>
    </message>
    <message>
        <source>Eating, drinking and sleeping</source>
        <translation>饮食、补水和睡眠</translation>
    </message>
    <message>
        <source>Soon after the run, have some carbohydrate with about 20 g of protein, for example a banana with milk, and drink, with electrolytes after a long or hot run. (Half an hour is often said; the evidence for an exact window is mixed, so soon is enough.) Most repair happens in deep sleep: aim for 7 to 9 hours.</source>
        <translation>跑步后尽快吃些碳水化合物，并搭配约 20 克蛋白质，例如香蕉配牛奶；也要补水，长跑或高温天跑步后可加电解质。（常听说要在半小时内，但关于确切时间窗的证据并不一致，尽快即可。）身体的修复大多发生在深度睡眠中：争取睡 7 到 9 小时。</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>何时寻求专业帮助</translation>
    </message>
    <message>
        <source>About recovery</source>
        <translation>关于恢复</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>删除训练记录</translation>
    </message>
    <message>
        <source>The journal could not be saved (%1). What you entered is still here; try again or cancel.</source>
        <translation>日志未能保存（%1）。您填写的内容仍在这里；请重试或取消。</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>训练记录已删除。</translation>
    </message>
    <message>
        <source>The session could not be put back: %1. Try Undo again in a moment.</source>
        <translation>无法恢复该训练：%1。请稍后再撤销一次。</translation>
    </message>
    <message>
        <source>Session restored.</source>
        <translation>训练记录已恢复。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>No sessions yet. Finished and stopped sessions appear here.</source>
        <translation>还没有训练记录。完成或停止的训练会显示在这里。</translation>
    </message>
    <message>
        <source>Show sessions of routine</source>
        <translation>显示此方案的训练记录</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>显示全部(&amp;A)</translation>
    </message>
    <message>
        <source>Search routines and notes</source>
        <translation>搜索训练方案和备注</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>训练方案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>Last:</source>
        <translation>最近：</translation>
    </message>
    <message>
        <source>&amp;week</source>
        <extracomment>The quick ranges: the last N days (None: all time).</extracomment>
        <translation>一周(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;month</source>
        <translation>一个月(&amp;M)</translation>
    </message>
    <message>
        <source>3 mont&amp;hs</source>
        <translation>三个月(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;year</source>
        <translation>一年(&amp;Y)</translation>
    </message>
    <message>
        <source>all t&amp;ime</source>
        <translation>全部(&amp;I)</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>显示最近%1</translation>
    </message>
    <message>
        <source>E&amp;xport charts…</source>
        <translation>导出图表(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the charts as a PNG image or an SVG drawing, e.g. for a physiotherapist</source>
        <translation>将图表保存为 PNG 图片或 SVG 矢量图，例如发给物理治疗师</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Asks where to save the charts: (parent, title, filters) -&gt; a path or None (tests replace it).</extracomment>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>训练记录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>所有训练方案</translation>
    </message>
    <message>
        <source>No session matches “%1”.</source>
        <translation>没有与“%1”相符的训练记录。</translation>
    </message>
    <message>
        <source>This session cannot be read: %1</source>
        <translation>无法读取此训练记录：%1</translation>
    </message>
    <message>
        <source>The logged days cannot be charted just now: %1</source>
        <translation>暂时无法在图表中显示已记录的日子：%1</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>The charts could not be saved: %1</source>
        <translation>无法保存图表：%1</translation>
    </message>
    <message>
        <source>Charts saved to %1.</source>
        <translation>图表已保存到 %1。</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>日志：%1</translation>
    </message>
    <message>
        <source>Journal saved.</source>
        <translation>日志已保存。</translation>
    </message>
    <message>
        <source>This session cannot be deleted: %1</source>
        <translation>无法删除此训练记录：%1</translation>
    </message>
    <message>
        <source>That could not be done: %1</source>
        <translation>无法完成该操作：%1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>提前停止</translation>
    </message>
    <message numerus="yes">
        <source>%n steps skipped</source>
        <comment>result</comment>
        <translation>
            <numerusform>跳过 %n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>降低 %1</translation>
    </message>
    <message>
        <source>%1 higher</source>
        <translation>升高 %1</translation>
    </message>
    <message>
        <source>same</source>
        <translation>不变</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n areas)</source>
        <comment>soreness change</comment>
        <translation>
            <numerusform>%1（%n 个部位）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Soreness was not logged both before and after this session.</source>
        <translation>这次训练前后没有都记录酸痛程度。</translation>
    </message>
    <message>
        <source>Soreness before → after (0–10):</source>
        <translation>酸痛程度 训练前 → 训练后（0–10）：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>训练方案</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Soreness change</source>
        <translation>酸痛变化</translation>
    </message>
    <message>
        <source>Time spent in the steps, pauses not counted</source>
        <translation>各步骤所用时间，不含暂停</translation>
    </message>
    <message>
        <source>Completed, some steps skipped, stopped early, or interrupted (the app was closed)</source>
        <translation>已完成、跳过部分步骤、提前停止，或已中断（应用被关闭）</translation>
    </message>
    <message>
        <source>After minus before, added up over the areas logged both times; point at a row for each area</source>
        <translation>训练后减训练前，对前后都记录的部位求和；将指针移到某一行可查看各部位</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>%1: soreness %2 before, %3 after</source>
        <translation>%1：训练前酸痛 %2，训练后 %3</translation>
    </message>
    <message>
        <source>%1 mi</source>
        <translation>%1 英里</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>effort %1/10</source>
        <translation>强度 %1/10</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>结束于 %1</translation>
    </message>
    <message>
        <source>Workout: %1</source>
        <translation>锻炼：%1</translation>
    </message>
    <message>
        <source>drank</source>
        <translation>已补水</translation>
    </message>
    <message>
        <source>refuelled</source>
        <translation>已补充能量</translation>
    </message>
    <message>
        <source>slept %1 h</source>
        <translation>睡了 %1 小时</translation>
    </message>
    <message>
        <source>Care: %1</source>
        <translation>自我照顾：%1</translation>
    </message>
    <message>
        <source>Noted: %1</source>
        <translation>已记录：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>No journal for this session yet.</source>
        <translation>此训练还没有日志。</translation>
    </message>
    <message>
        <source>Steps of the selected session</source>
        <translation>所选训练的步骤</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>侧</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Journal of the selected session</source>
        <translation>所选训练的日志</translation>
    </message>
    <message>
        <source>&amp;Edit journal…</source>
        <translation>编辑日志(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>删除训练记录(&amp;D)</translation>
    </message>
    <message>
        <source>Delete this session; Undo brings it back</source>
        <translation>删除此训练记录；可用“撤销”恢复</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>未选择训练记录</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>The history cannot be shown just now: %1</source>
        <translation>暂时无法显示历史记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged entries could not be read and are not shown.</source>
        <comment>rows</comment>
        <extracomment>The overview the page shows (the service returns the same one while nothing is written).</extracomment>
        <translation>
            <numerusform>有 %n 条损坏的记录无法读取，未显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>关闭此通知</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <extracomment>The cause of the notice that the history cannot be written; it clears when writing works again. The cause of the notice about values in the settings file that were not used: saving the settings writes the file anew, so the notice goes then. What may start: the routine, a shorter one, or None (set by the safety room; all by default).</extracomment>
        <translation>要停止训练吗？</translation>
    </message>
    <message>
        <source>The steps you finished stay in your history.</source>
        <translation>已完成的步骤会保留在历史记录中。</translation>
    </message>
    <message>
        <source>Your note could not be saved (%1).</source>
        <translation>无法保存你的备注（%1）。</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <extracomment>``None`` is a separator (shown only between actions that are present).</extracomment>
        <translation>训练(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start selected routine</source>
        <translation>开始所选方案(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top session…</source>
        <translation>停止训练(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>训练方案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Floor mode</source>
        <translation>地面模式(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;ound</source>
        <translation>声音(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>静音(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Voice prompts</source>
        <translation>语音提示(&amp;V)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>&amp;Voice prompts (unavailable)</source>
        <translation>语音提示（不可用）(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>About &amp;recovery</source>
        <translation>关于恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About recoverykit</source>
        <translation>关于 recoverykit(&amp;A)</translation>
    </message>
    <message>
        <source>Quit during a session?</source>
        <translation>要在训练中途退出吗？</translation>
    </message>
    <message>
        <source>The session will be kept in your history as interrupted.</source>
        <translation>本次训练会以“已中断”保存在历史记录中。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>两侧</translation>
    </message>
    <message>
        <source>Seconds (each side)</source>
        <translation>秒数（每侧）</translation>
    </message>
    <message>
        <source>Get-ready countdown before the first step</source>
        <translation>第一步之前的准备倒计时</translation>
    </message>
    <message>
        <source>Pause to switch sides</source>
        <translation>换边的间隔</translation>
    </message>
    <message>
        <source>Pause to get into the next position</source>
        <translation>摆好下一个姿势的间隔</translation>
    </message>
    <message>
        <source>&amp;Get ready:</source>
        <translation>准备(&amp;G)：</translation>
    </message>
    <message>
        <source>S&amp;witch sides:</source>
        <translation>换边(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Between steps:</source>
        <translation>步骤之间(&amp;B)：</translation>
    </message>
    <message>
        <source>Start the routine (Enter)</source>
        <translation>开始此方案（回车键）</translation>
    </message>
    <message>
        <source>left, right</source>
        <translation>左，右</translation>
    </message>
    <message>
        <source>%1 to %2 s: %3</source>
        <translation>%1 到 %2 秒：%3</translation>
    </message>
    <message>
        <source>Seconds for %1</source>
        <translation>%1 的秒数</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>总计：%1</translation>
    </message>
    <message>
        <source>%1, %2 in</source>
        <translation>%1，已进行 %2</translation>
    </message>
    <message>
        <source>just before %1</source>
        <translation>即将开始 %1</translation>
    </message>
    <message>
        <source>Your “%1” session was cut short at %2 (step %3 of %4: %5). Resume where it stopped, or keep the %6 finished steps as an interrupted session.</source>
        <translation>你的“%1”训练在 %2 意外中断（第 %3 步，共 %4 步：%5）。可以从中断处继续，也可以把已完成的 %6 个步骤保存为一次中断的训练。</translation>
    </message>
    <message>
        <source>Unfinished session</source>
        <translation>未完成的训练</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep as interrupted</source>
        <translation>保存为已中断(&amp;K)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>length · steps</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <comment>routine length</comment>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · yours</source>
        <comment>a routine the user made</comment>
        <translation>%1 · 我的</translation>
    </message>
    <message>
        <source>%1  —  %2</source>
        <comment>meta  —  description</comment>
        <translation>%1  —  %2</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>选择训练方案</translation>
    </message>
    <message>
        <source>Put the laptop where you can see it from the floor, then press Start.</source>
        <translation>把电脑放在趴在地上也能看到的位置，然后按“开始”。</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>训练方案</translation>
    </message>
    <message>
        <source>Some routine files could not be used:</source>
        <translation>部分训练方案文件无法使用：</translation>
    </message>
    <message>
        <source>Start the selected routine (Enter)</source>
        <translation>开始所选方案（回车键）</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>训练进度</translation>
    </message>
    <message>
        <source>Back (←)</source>
        <translation>返回（←）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>暂停或继续（空格键）</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Skip this step (→)</source>
        <translation>跳过此步骤（→）</translation>
    </message>
    <message>
        <source>+15 s</source>
        <translation>+15 秒</translation>
    </message>
    <message>
        <source>Add 15 seconds (+)</source>
        <translation>增加 15 秒（+）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>停止训练（Esc）</translation>
    </message>
    <message>
        <source>Floor mode</source>
        <translation>地面模式</translation>
    </message>
    <message>
        <source>Fill the screen with the countdown (F11)</source>
        <translation>倒计时全屏显示（F11）</translation>
    </message>
    <message>
        <source>Leave floor mode</source>
        <translation>退出地面模式</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 left</source>
        <translation>第 %1 步，共 %2 步 · 还剩 %3</translation>
    </message>
    <message>
        <source>Up next: %1</source>
        <translation>即将开始：%1</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>按空格键开始</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <comment>safety note</comment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <translation>下一个：%1 · %2</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最后一步</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>duration · kind</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>No more time can be added: %1</source>
        <translation>无法再增加时间：%1</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车键</translation>
    </message>
    <message>
        <source>Open the selected routine, then start it</source>
        <translation>打开所选方案，再次按下即开始</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格键</translation>
    </message>
    <message>
        <source>Pause or resume; between contrast phases, start the next one now</source>
        <translation>暂停或继续；在冷热交替的两个阶段之间，立即开始下一阶段</translation>
    </message>
    <message>
        <source>Skip this step (ignored in its first second)</source>
        <translation>跳过此步骤（步骤开始后的第一秒内无效）</translation>
    </message>
    <message>
        <source>Back: restart this step, or the previous one in its first 3 s</source>
        <translation>返回：重新开始此步骤；在步骤开始后 3 秒内则回到上一步</translation>
    </message>
    <message>
        <source>Add 15 seconds</source>
        <translation>增加 15 秒</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc 键</translation>
    </message>
    <message>
        <source>Leave floor mode; otherwise stop the session (asks first)</source>
        <translation>退出地面模式；否则停止训练（会先询问）</translation>
    </message>
    <message>
        <source>Floor mode: the countdown fills the screen</source>
        <translation>地面模式：倒计时全屏显示</translation>
    </message>
    <message>
        <source>Mute or unmute the sounds</source>
        <translation>静音或取消静音</translation>
    </message>
    <message>
        <source>Voice prompts on or off</source>
        <translation>打开或关闭语音提示</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>About recovery: what each routine is for, and when to see a professional</source>
        <translation>关于恢复：各种方案的作用，以及何时寻求专业帮助</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Steps of this session</source>
        <translation>本次训练的步骤</translation>
    </message>
    <message>
        <source>How do your legs feel? (optional)</source>
        <translation>双腿感觉如何？（可选）</translation>
    </message>
    <message>
        <source>&amp;Before the session</source>
        <extracomment>A number outside a field&apos;s range was typed and not used; the message says so.</extracomment>
        <translation>训练前(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;After the session</source>
        <translation>训练后(&amp;A)</translation>
    </message>
    <message>
        <source>%1 soreness</source>
        <translation>%1酸痛程度</translation>
    </message>
    <message>
        <source>0 is none, 10 is the worst; all the way left is not rated; keys 0 to 9 set a value at once, End sets 10</source>
        <translation>0 表示不痛，10 表示最痛；最左边表示未评分；按 0 到 9 键可直接设定数值，按 End 键设为 10</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Soreness (0 none, 10 worst)</source>
        <translation>酸痛程度（0 不痛，10 最痛）</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source> mi</source>
        <translation> 英里</translation>
    </message>
    <message>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Rate of perceived exertion: 1 very easy, 10 all-out</source>
        <translation>主观用力程度：1 非常轻松，10 全力以赴</translation>
    </message>
    <message>
        <source>I know when it &amp;ended</source>
        <translation>我知道锻炼结束的时间(&amp;E)</translation>
    </message>
    <message>
        <source>The workout</source>
        <translation>本次锻炼</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Distance</source>
        <translation>距离(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>时长(&amp;U)</translation>
    </message>
    <message>
        <source>Effort (&amp;RPE 1–10)</source>
        <translation>强度（RPE 1–10）(&amp;R)</translation>
    </message>
    <message>
        <source>Workout type</source>
        <translation>锻炼类型</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Workout duration</source>
        <translation>锻炼时长</translation>
    </message>
    <message>
        <source>Effort, RPE 1 to 10</source>
        <translation>强度，RPE 1 到 10</translation>
    </message>
    <message>
        <source>Time the workout ended</source>
        <translation>锻炼结束的时间</translation>
    </message>
    <message>
        <source>Drank water or an &amp;electrolyte drink</source>
        <translation>喝了水或电解质饮料(&amp;E)</translation>
    </message>
    <message>
        <source>Ate &amp;carbs with some protein (about 20 g) soon after</source>
        <translation>锻炼后不久摄入了碳水和一些蛋白质（约 20 克）(&amp;C)</translation>
    </message>
    <message>
        <source>Within half an hour or so tends to help; a guide, not a rule</source>
        <translation>大约半小时内补充往往有帮助；这只是参考，不是硬性规定</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Hours slept last night</source>
        <translation>昨晚的睡眠时长</translation>
    </message>
    <message>
        <source>Looking after yourself</source>
        <translation>自我照顾</translation>
    </message>
    <message>
        <source>&amp;Slept last night</source>
        <translation>昨晚睡眠(&amp;S)</translation>
    </message>
    <message>
        <source>Anything that worries you?</source>
        <translation>有什么让你担心的吗？</translation>
    </message>
    <message>
        <source>Injured or swollen (a fall, a twist, a knock)</source>
        <translation>受伤或肿胀（摔倒、扭伤、撞伤）</translation>
    </message>
    <message>
        <source>Injured or swollen: %1</source>
        <translation>受伤或肿胀：%1</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>How sore is it now? (0 none, 10 worst)</source>
        <translation>现在有多酸痛？（0 不痛，10 最痛）</translation>
    </message>
    <message>
        <source>e.g. rest day; calves tight on the stairs, left hamstring better</source>
        <translation>例如：休息日；上楼梯时小腿发紧，左侧腘绳肌好些了</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>仅左侧</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>仅右侧</translation>
    </message>
    <message>
        <source>L %1 · R %2</source>
        <translation>左 %1 · 右 %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Soreness now</source>
        <translation>当前酸痛</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>睡眠</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>警示症状</translation>
    </message>
    <message>
        <source>Logged days</source>
        <translation>已记录的日子</translation>
    </message>
    <message>
        <source>No days logged yet. Log how your legs feel on a rest day or the morning after with Session → Log how you feel… (Ctrl+L).</source>
        <translation>还没有记录任何一天。在休息日或第二天早上，可以通过“训练 → 记录身体感受…”（Ctrl+L）记录双腿的感觉。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>e.g. calves tight, left hamstring better than yesterday</source>
        <translation>例如：小腿发紧，左侧腘绳肌比昨天好</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>How your legs feel</source>
        <translation>双腿的感觉</translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation>已保存到历史记录。</translation>
    </message>
    <message>
        <source>&amp;Journal: soreness, workout, refuelling…</source>
        <translation>日志(&amp;J)：酸痛、锻炼、补充能量…</translation>
    </message>
    <message>
        <source>Log soreness by body area, the workout and how you looked after yourself</source>
        <translation>按身体部位记录酸痛程度、本次锻炼以及自我照顾情况</translation>
    </message>
    <message>
        <source>Well done: %1 complete</source>
        <translation>做得好：%1 已完成</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>%1 done · %2 skipped · %3 not reached · %4 of activity</source>
        <translation>完成 %1 · 跳过 %2 · 未进行 %3 · 活动时长 %4</translation>
    </message>
    <message>
        <source>✓  %1</source>
        <comment>done step</comment>
        <translation>✓  %1</translation>
    </message>
    <message>
        <source>skipped · %1</source>
        <translation>已跳过 · %1</translation>
    </message>
    <message>
        <source>not reached · %1</source>
        <translation>未进行 · %1</translation>
    </message>
    <message>
        <source>Show recoverykit</source>
        <translation>显示 recoverykit</translation>
    </message>
    <message>
        <source>%1 — %2 left</source>
        <translation>%1 — 还剩 %2</translation>
    </message>
    <message>
        <source>no source bounds a session in pneumatic compression boots; follow the maker&apos;s guidance</source>
        <translation>资料未规定气压压缩靴的使用时长；请遵循厂商的说明</translation>
    </message>
    <message>
        <source>no source bounds time on a vibration plate; follow the maker&apos;s guidance</source>
        <translation>资料未规定振动板的使用时长；请遵循厂商的说明</translation>
    </message>
    <message>
        <source>contrast therapy runs 1 to 4 rounds</source>
        <translation>冷热交替疗法进行 1 到 4 轮</translation>
    </message>
    <message>
        <source>the swap countdown lasts 0 to 60 s</source>
        <translation>更换倒计时为 0 到 60 秒</translation>
    </message>
    <message>
        <source>{reason} (got {value})</source>
        <translation>{reason}（当前为 {value}）</translation>
    </message>
    <message>
        <source>{value} s</source>
        <translation>{value} 秒</translation>
    </message>
    <message>
        <source>{reason} (source: {source})</source>
        <translation>{reason}（来源：{source}）</translation>
    </message>
    <message>
        <source>{minutes}:{seconds} min</source>
        <translation>{minutes}:{seconds} 分钟</translation>
    </message>
    <message>
        <source>you noted {sign} in the last 72 hours: no heat, massage or rolling there yet, only cold and rest, and have it checked</source>
        <translation>你在过去 72 小时内记录了{sign}：暂时不要热敷、按摩或滚压，只做冷敷和休息，并去检查一下</translation>
    </message>
    <message>
        <source>Do your fingers or toes turn white or blue in the cold (Raynaud&apos;s)?</source>
        <translation>你的手指或脚趾遇冷会变白或变紫吗（雷诺现象）？</translation>
    </message>
    <message>
        <source>cold can bring on an attack of Raynaud&apos;s</source>
        <translation>寒冷可能引发雷诺现象发作</translation>
    </message>
    <message>
        <source>Does cold give you hives or a rash (cold urticaria)?</source>
        <translation>寒冷会让你起风团或皮疹吗（寒冷性荨麻疹）？</translation>
    </message>
    <message>
        <source>cold can bring on a reaction</source>
        <translation>寒冷可能引发过敏反应</translation>
    </message>
    <message>
        <source>Is the feeling in your legs or feet reduced (for example diabetic neuropathy)?</source>
        <translation>你的腿部或足部感觉减退吗（例如糖尿病神经病变）？</translation>
    </message>
    <message>
        <source>you may not feel the skin getting too cold or too hot</source>
        <translation>你可能感觉不到皮肤过冷或过热</translation>
    </message>
    <message>
        <source>Do you have poor circulation or a disease of the blood vessels in your legs?</source>
        <translation>你是否血液循环不好，或腿部有血管疾病？</translation>
    </message>
    <message>
        <source>cold and heat change the blood flow in the legs</source>
        <translation>冷和热都会改变腿部的血流</translation>
    </message>
    <message>
        <source>Do you have a clotting disorder, have you had a clot (DVT), do you have varicose veins, or do you take blood thinners?</source>
        <translation>你是否有凝血障碍、曾有血栓（深静脉血栓）、有静脉曲张，或在服用抗凝药？</translation>
    </message>
    <message>
        <source>pressure and cold on the legs are not safe with clots or thinned blood</source>
        <translation>有血栓或在抗凝时，对腿部加压或冷敷并不安全</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>你怀孕了吗？</translation>
    </message>
    <message>
        <source>hot baths and pressure devices are not advised in pregnancy</source>
        <translation>孕期不建议泡热水澡或使用加压设备</translation>
    </message>
    <message>
        <source>Do you have a heart condition?</source>
        <translation>你有心脏疾病吗？</translation>
    </message>
    <message>
        <source>a hot bath puts strain on the heart</source>
        <translation>泡热水澡会加重心脏负担</translation>
    </message>
    <message>
        <source>Do you have a pacemaker or another implant, or have you had surgery recently?</source>
        <translation>你是否装有心脏起搏器或其他植入物，或近期做过手术？</translation>
    </message>
    <message>
        <source>vibration and pressure devices are not used over implants or fresh surgery</source>
        <translation>振动和加压设备不应用于植入物或新近手术的部位</translation>
    </message>
    <message>
        <source>you marked your {area} injured or swollen in the last 72 hours: no heat, massage or rolling there yet, only cold and rest, and have it checked</source>
        <translation>你在过去 72 小时内标记了{area}受伤或肿胀：那里暂时不要热敷、按摩或滚压，只做冷敷和休息，并去检查一下</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}</source>
        <translation>{name} 必须是 {low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <source>{name} must be a number from {low} to {high}</source>
        <translation>{name} 必须是 {low} 到 {high} 之间的数字</translation>
    </message>
    <message>
        <source>{name} must be one of {values}</source>
        <translation>{name} 必须是以下之一：{values}</translation>
    </message>
    <message>
        <source>{name} must be a time with a UTC offset</source>
        <translation>{name} 必须是带 UTC 时差的时间</translation>
    </message>
    <message>
        <source>{name} must list some of {values}, each once</source>
        <translation>{name} 只能列出以下各项，每项最多一次：{values}</translation>
    </message>
    <message>
        <source>{name} must map body areas to numbers</source>
        <translation>{name} 必须把身体部位对应到数字</translation>
    </message>
    <message>
        <source>{name} must be true or false</source>
        <translation>{name} 必须是 true 或 false</translation>
    </message>
    <message>
        <source>the guidance describes one cold→heat cycle; up to 4 is a product decision</source>
        <translation>指南描述的是一个先冷后热的循环；最多 4 轮是产品设定</translation>
    </message>
    <message>
        <source>product decision</source>
        <translation>产品设定</translation>
    </message>
    <message>
        <source>the time must have a UTC offset</source>
        <translation>时间必须带 UTC 时差</translation>
    </message>
    <message>
        <source>a logged day holds how it feels, not a session&apos;s before and after or a workout</source>
        <translation>记录的一天只包含当时的感受，不包含训练前后或锻炼信息</translation>
    </message>
    <message>
        <source>the note is at most {limit} characters</source>
        <translation>备注最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>a day can be logged for now or the past, not for later</source>
        <translation>只能记录现在或过去的某一天，不能记录以后</translation>
    </message>
    <message>
        <source>{name} names {area}, not one of {areas}</source>
        <translation>{name} 写的是 {area}，不是以下之一：{areas}</translation>
    </message>
    <message>
        <source>guidance 002: an ice pack for 10 min; clinicalgate, “Cryotherapy”: protocols limit cold to 15–20 min</source>
        <translation>指南 002：冰袋敷 10 分钟；clinicalgate《冷疗》：各方案把冷敷限制在 15–20 分钟</translation>
    </message>
    <message>
        <source>Machado et al. 2016, Sports Med 46:503–514: 10–15 °C for 10–15 min gave the best soreness results</source>
        <translation>Machado 等，2016，Sports Med 46:503–514：10–15 °C、10–15 分钟对缓解酸痛效果最好</translation>
    </message>
    <message>
        <source>guidance 002: a hot towel at about 40 °C for 15 min; 20 min is that length with a margin</source>
        <translation>指南 002：约 40 °C 的热毛巾敷 15 分钟；20 分钟是在此基础上留出的余量</translation>
    </message>
    <message>
        <source>guidance 002: 15 min of heat; a bath warms the whole body, so no longer and no warmer than 40 °C (the US CPSC hot-tub limit, advisory 79-071)</source>
        <translation>指南 002：热敷 15 分钟；泡浴会让全身变热，因此不能更久，也不能高于 40 °C（美国消费品安全委员会的热水浴缸上限，公告 79-071）</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low}至{high}</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>{what}: no source bounds its length</source>
        <translation>{what}：没有资料限定其时长</translation>
    </message>
    <message>
        <source>{what} lasts at most {cap} each time, every +15 s included</source>
        <translation>{what}每次最多 {cap}，包括每次 +15 秒</translation>
    </message>
    <message>
        <source>{what}: at most {cap} each time, at {low}–{high} °C</source>
        <translation>{what}：每次最多 {cap}，温度 {low}–{high} °C</translation>
    </message>
    <message>
        <source>{what}: {low}–{high} °C</source>
        <translation>{what}：{low}–{high} °C</translation>
    </message>
    <message>
        <source>{low}–{high} s</source>
        <translation>{low}–{high} 秒</translation>
    </message>
    <message>
        <source>{low}–{high} min</source>
        <translation>{low}–{high} 分钟</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>an ice pack or cold towel</source>
        <translation>冰袋或冷毛巾</translation>
    </message>
    <message>
        <source>wrapped in a cloth, never straight on the skin; 0–20 °C is what the app accepts</source>
        <translation>用布包好，切勿直接接触皮肤；本应用接受 0–20 °C</translation>
    </message>
    <message>
        <source>cold-water immersion</source>
        <translation>冷水浸泡</translation>
    </message>
    <message>
        <source>a hot towel or heat pack</source>
        <translation>热毛巾或热敷包</translation>
    </message>
    <message>
        <source>guidance 002: about 40 °C; warmer than 45 °C risks burns</source>
        <translation>指南 002：约 40 °C；高于 45 °C 有烫伤风险</translation>
    </message>
    <message>
        <source>a warm bath</source>
        <translation>温水浴</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>冷敷</translation>
    </message>
    <message>
        <source>heat</source>
        <translation>热敷</translation>
    </message>
    <message>
        <source>a massage gun on one muscle group</source>
        <translation>筋膜枪作用于一个肌群</translation>
    </message>
    <message>
        <source>guidance 003: 60–90 s per muscle group, kept moving</source>
        <translation>指南 003：每个肌群 60–90 秒，保持移动</translation>
    </message>
    <message>
        <source>massage by hand on one muscle group</source>
        <translation>手法按摩一个肌群</translation>
    </message>
    <message>
        <source>guidance 004: press, knead and gently beat the sore muscle, then shake it loose; the source gives no time, so 30 s–5 min a muscle group is the product&apos;s choice</source>
        <translation>指南 004：按压、揉捏并轻拍酸痛的肌肉，然后抖松；资料没有给出时长，因此每个肌群 30 秒–5 分钟是产品的选择</translation>
    </message>
    <message>
        <source>a static stretch</source>
        <translation>静态拉伸</translation>
    </message>
    <message>
        <source>guidance 001, 002: at least 20 s</source>
        <translation>指南 001、002：至少 20 秒</translation>
    </message>
    <message>
        <source>foam rolling one muscle group</source>
        <translation>用泡沫轴放松一个肌群</translation>
    </message>
    <message>
        <source>guidance 002, 003: 30–60 s per muscle group</source>
        <translation>指南 002、003：每个肌群 30–60 秒</translation>
    </message>
    <message>
        <source>easy walking or cycling</source>
        <translation>轻松步行或骑车</translation>
    </message>
    <message>
        <source>guidance 002, 003: 10–15 min is suggested; no source bounds it</source>
        <translation>指南 002、003：建议 10–15 分钟；没有资料限定上限</translation>
    </message>
    <message>
        <source>a dynamic warm-up drill</source>
        <translation>动态热身动作</translation>
    </message>
    <message>
        <source>guidance 001, 003: no source bounds a drill</source>
        <translation>指南 001、003：没有资料限定热身动作的时长</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>product: rest has no bound</source>
        <translation>产品设定：休息没有限制</translation>
    </message>
    <message>
        <source>compression boots</source>
        <translation>压缩靴</translation>
    </message>
    <message>
        <source>a vibration plate</source>
        <translation>振动板</translation>
    </message>
    <message>
        <source>a bath such as an Epsom-salt soak</source>
        <translation>泡浴，例如泻盐浴</translation>
    </message>
    <message>
        <source>guidance 000 names it only as an optional relaxing step; no source bounds it</source>
        <translation>指南 000 只把它列为可选的放松步骤；没有资料限定其时长</translation>
    </message>
    <message>
        <source>{what}: {range} each time</source>
        <translation>{what}：每次 {range}</translation>
    </message>
    <message>
        <source>{what}: at least {low}</source>
        <translation>{what}：至少 {low}</translation>
    </message>
    <message>
        <source>{what}: at most {high} each time</source>
        <translation>{what}：每次最多 {high}</translation>
    </message>
    <message>
        <source>{what}: at most {cap} each time</source>
        <translation>{what}：每次最多 {cap}</translation>
    </message>
    <message>
        <source>{value} °C</source>
        <translation>{value} °C</translation>
    </message>
    <message>
        <source>must say format = &quot;{name}&quot;</source>
        <translation>必须写明 format = &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>was written for a newer recoverykit (format version {version}; this one reads {known})</source>
        <translation>由较新版本的 recoverykit 写入（格式版本 {version}；此版本只能读取到 {known}）</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>必须大于或等于 1</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and dashes (at most 64)</source>
        <translation>只能使用小写字母、数字和短横线（最多 64 个）</translation>
    </message>
    <message>
        <source>a routine needs at least one [[steps]] table</source>
        <translation>一个流程至少需要一个 [[steps]] 表</translation>
    </message>
    <message>
        <source>at most {limit} steps</source>
        <translation>最多 {limit} 个步骤</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>必须是一个表</translation>
    </message>
    <message>
        <source>is not a step field this version knows</source>
        <translation>不是此版本认识的步骤字段</translation>
    </message>
    <message>
        <source>every step needs a name</source>
        <translation>每个步骤都需要名称</translation>
    </message>
    <message>
        <source>must be a number of seconds</source>
        <translation>必须是秒数</translation>
    </message>
    <message>
        <source>must be a positive number of seconds (got {value})</source>
        <translation>必须是正的秒数（当前为 {value}）</translation>
    </message>
    <message>
        <source>must be a list of body areas, e.g. [&quot;calves&quot;, &quot;hamstrings&quot;]</source>
        <translation>必须是身体部位的列表，例如 [&quot;calves&quot;, &quot;hamstrings&quot;]</translation>
    </message>
    <message>
        <source>{area} is not a body area; use {choices}</source>
        <translation>{area} 不是身体部位；请使用 {choices}</translation>
    </message>
    <message>
        <source>names an area twice</source>
        <translation>同一部位写了两次</translation>
    </message>
    <message>
        <source>must be [] or [&quot;left&quot;, &quot;right&quot;]</source>
        <translation>必须是 [] 或 [&quot;left&quot;, &quot;right&quot;]</translation>
    </message>
    <message>
        <source>a one-leg step is done on both sides: list left and right once each</source>
        <translation>单腿步骤要两侧都做：left 和 right 各列一次</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>must be a TOML table</source>
        <translation>必须是一个 TOML 表</translation>
    </message>
    <message>
        <source>is not a routine field this version knows</source>
        <translation>不是此版本认识的流程字段</translation>
    </message>
    <message>
        <source>is not a plain file (a routine is a .toml text file)</source>
        <translation>不是普通文件（流程应是 .toml 文本文件）</translation>
    </message>
    <message>
        <source>file is {size} bytes; a routine file is at most {limit}</source>
        <translation>文件有 {size} 字节；流程文件最多 {limit} 字节</translation>
    </message>
    <message>
        <source>cannot be read ({why})</source>
        <translation>无法读取（{why}）</translation>
    </message>
    <message>
        <source>a routine file is at most {limit} bytes</source>
        <translation>流程文件最多 {limit} 字节</translation>
    </message>
    <message>
        <source>is not valid TOML ({why})</source>
        <translation>不是有效的 TOML（{why}）</translation>
    </message>
    <message>
        <source>holds a number too long to read ({why})</source>
        <translation>含有一个位数过多、无法读取的数字（{why}）</translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation>嵌套层级过深，无法读取</translation>
    </message>
    <message>
        <source>must be one of {choices} (got {value})</source>
        <translation>必须是 {choices} 之一（当前为 {value}）</translation>
    </message>
    <message>
        <source>must be a number of degrees Celsius</source>
        <translation>必须是摄氏度数值</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be text and not empty</source>
        <translation>必须是非空文本</translation>
    </message>
    <message>
        <source>step {number} ({name})</source>
        <translation>第 {number} 步（{name}）</translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation>第 {number} 步</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte})</source>
        <translation>不是 UTF-8 文本（第 {byte} 字节）</translation>
    </message>
    <message>
        <source>every routine needs a name</source>
        <translation>每个流程都需要名称</translation>
    </message>
    <message>
        <source>only heat and cold steps have a temperature</source>
        <translation>只有热敷和冷敷步骤可以设置温度</translation>
    </message>
    <message>
        <source>{modality} is a {other} modality; a {kind} step uses one of {choices}</source>
        <translation>{modality} 属于 {other} 方式；{kind} 步骤应使用以下之一：{choices}</translation>
    </message>
    <message>
        <source>swimming works the shoulders and back most; the app&apos;s routines are for the legs and lower back, so this session covers only part of it</source>
        <translation>游泳主要锻炼肩部和背部；本应用的训练方案针对腿部和下背部，因此这次训练只覆盖其中一部分</translation>
    </message>
    <message>
        <source>if the session was not a leg day, the app&apos;s routines (all for the legs) may not fit it</source>
        <translation>如果这次不是练腿日，本应用的训练方案（都针对腿部）可能不太适合</translation>
    </message>
    <message>
        <source>the workout&apos;s sport is not known, so this is the general cool-down for the legs</source>
        <translation>不清楚这次锻炼的运动类型，因此这是通用的腿部放松</translation>
    </message>
    <message>
        <source>After your {sport}</source>
        <translation>{sport}之后</translation>
    </message>
    <message>
        <source>next: {what} from {time}</source>
        <translation>接下来：{time} 起{what}</translation>
    </message>
    <message>
        <source>After your {km} km {sport}</source>
        <translation>{km} 公里{sport}之后</translation>
    </message>
    <message>
        <source>nothing more today: rest</source>
        <translation>今天不用再做了：休息</translation>
    </message>
    <message>
        <source>next: {what}, whenever you like</source>
        <translation>接下来：{what}，随时可以</translation>
    </message>
    <message>
        <source>the massage gun</source>
        <translation>按摩枪</translation>
    </message>
    <message>
        <source>massage by hand</source>
        <translation>手法按摩</translation>
    </message>
    <message>
        <source>contrast therapy</source>
        <translation>冷热交替疗法</translation>
    </message>
    <message>
        <source>no massage gun at hand? Your hands do it too: knead and lightly tap the calves and thighs, then shake them loose; again tomorrow eases the soreness</source>
        <translation>手边没有筋膜枪？用手也可以：揉捏并轻拍小腿和大腿，然后抖松；明天再做一次能缓解酸痛</translation>
    </message>
    <message>
        <source>{path} is in the backups folder; an export there could replace a backup. Choose another folder</source>
        <translation>{path} 位于备份文件夹中；导出到那里可能会覆盖备份。请选择其他文件夹</translation>
    </message>
    <message>
        <source>{path} is a database (a copy of a history?); an export does not replace one. Choose another file</source>
        <translation>{path} 是一个数据库（历史记录的副本？）；导出不会覆盖数据库。请选择其他文件</translation>
    </message>
    <message>
        <source>{path} is the history itself; an export there would replace it. Choose another file</source>
        <translation>{path} 就是历史记录本身；导出到那里会把它覆盖。请选择其他文件</translation>
    </message>
    <message>
        <source>{path} cannot be written: {why}</source>
        <translation>无法写入 {path}：{why}</translation>
    </message>
    <message>
        <source>the database refused it ({why})</source>
        <translation>数据库拒绝了此操作（{why}）</translation>
    </message>
    <message>
        <source>the history is in use by another program just now (the database is locked); try again in a moment</source>
        <translation>历史记录正被另一个程序使用（数据库已锁定）；请稍后再试</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the history folder cannot be written to (it is read-only)</source>
        <translation>无法写入历史记录文件夹（它是只读的）</translation>
    </message>
    <message>
        <source>there is no permission to write</source>
        <translation>没有写入权限</translation>
    </message>
    <message>
        <source>there is no permission to write {path}</source>
        <translation>没有写入 {path} 的权限</translation>
    </message>
    <message>
        <source>the history is not open yet</source>
        <translation>历史记录尚未打开</translation>
    </message>
    <message>
        <source>this is not a file recoverykit can import (a history JSON export is)</source>
        <translation>这不是 recoverykit 可以导入的文件（可以导入的是历史记录 JSON 导出文件）</translation>
    </message>
    <message>
        <source>this is a CSV export, which is for spreadsheets; import the JSON export instead</source>
        <translation>这是 CSV 导出文件，供电子表格使用；请改为导入 JSON 导出文件</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a pipe, a device or a folder): only a file can be imported</source>
        <translation>{path} 不是普通文件（而是管道、设备或文件夹）：只能导入文件</translation>
    </message>
    <message>
        <source>the file cannot be read ({why})</source>
        <translation>无法读取该文件（{why}）</translation>
    </message>
    <message>
        <source>built-in routines cannot be deleted</source>
        <translation>内置训练方案不能删除</translation>
    </message>
    <message>
        <source>only your own routines can be replaced; a built-in one stays as it is</source>
        <translation>只能替换你自己的训练方案；内置方案保持不变</translation>
    </message>
    <message>
        <source>{path} could not be written ({why})</source>
        <translation>无法写入 {path}（{why}）</translation>
    </message>
    <message>
        <source>{path} could not be deleted ({why})</source>
        <translation>无法删除 {path}（{why}）</translation>
    </message>
    <message>
        <source>the reminder to drink</source>
        <translation>喝水提醒</translation>
    </message>
    <message>
        <source>{setting} (&quot;{key}&quot; in the file) cannot be {value}; the default, {default}, is used</source>
        <translation>{setting}（文件中的 &quot;{key}&quot;）不能是 {value}；将使用默认值 {default}</translation>
    </message>
    <message>
        <source>the copy of the database {problem}</source>
        <translation>数据库副本{problem}</translation>
    </message>
    <message>
        <source>{path} could not be read ({why})</source>
        <translation>无法读取 {path}（{why}）</translation>
    </message>
    <message>
        <source>is damaged ({why})</source>
        <translation>已损坏（{why}）</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>is empty (0 bytes), so it holds no history</source>
        <translation>是空文件（0 字节），不含任何历史记录</translation>
    </message>
    <message>
        <source>is not an SQLite database (it does not start with the SQLite header)</source>
        <translation>不是 SQLite 数据库（开头没有 SQLite 文件头）</translation>
    </message>
    <message>
        <source>has a damaged header (page size {size})</source>
        <translation>文件头已损坏（页面大小 {size}）</translation>
    </message>
    <message>
        <source>is cut short ({bytes} bytes is not a whole number of {size}-byte pages)</source>
        <translation>不完整（{bytes} 字节不是 {size} 字节页面的整数倍）</translation>
    </message>
    <message>
        <source>failed SQLite&apos;s integrity check ({found})</source>
        <translation>未通过 SQLite 完整性检查（{found}）</translation>
    </message>
    <message>
        <source>is an SQLite database of some other program (it has no recoverykit tables)</source>
        <translation>是其他程序的 SQLite 数据库（其中没有 recoverykit 的表）</translation>
    </message>
    <message>
        <source>is damaged (SQLite reports names in it that are not readable text)</source>
        <translation>已损坏（SQLite 报告其中有无法读取的名称）</translation>
    </message>
    <message>
        <source>is damaged (its record of migrations is not one recoverykit wrote)</source>
        <translation>已损坏（其迁移记录不是 recoverykit 写入的）</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of recoverykit (schema {schema}, this version reads up to {newest}). It has been left untouched: update recoverykit to use it.</source>
        <translation>{path} 由较新版本的 recoverykit 写入（结构版本 {schema}，此版本只能读取到 {newest}）。文件未作任何改动：请更新 recoverykit 后再使用。</translation>
    </message>
    <message>
        <source>{path} cannot be created just now ({why})</source>
        <translation>暂时无法创建 {path}（{why}）</translation>
    </message>
    <message>
        <source>is damaged (its {table} table lacks {columns})</source>
        <translation>已损坏（其 {table} 表缺少 {columns}）</translation>
    </message>
    <message>
        <source>{path} cannot be read just now ({why})</source>
        <translation>暂时无法读取 {path}（{why}）</translation>
    </message>
    <message>
        <source>{path} cannot be opened just now ({why})</source>
        <translation>暂时无法打开 {path}（{why}）</translation>
    </message>
    <message>
        <source>is damaged (its record of migrations cannot be read: {why})</source>
        <translation>已损坏（无法读取其迁移记录：{why}）</translation>
    </message>
    <message>
        <source>{path} cannot be created ({why})</source>
        <translation>无法创建 {path}（{why}）</translation>
    </message>
    <message>
        <source>{path} cannot be read as a recoverykit database ({why})</source>
        <translation>无法将 {path} 作为 recoverykit 数据库读取（{why}）</translation>
    </message>
    <message>
        <source>{path} cannot be opened as a recoverykit database: it {reason}.</source>
        <translation>无法将 {path} 作为 recoverykit 数据库打开：该文件{reason}。</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB</source>
        <translation>文件超过 {size} MB</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>该训练记录</translation>
    </message>
    <message>
        <source>the file holds {name}, which is not a number JSON allows</source>
        <translation>文件中含有 {name}，这不是 JSON 允许的数字</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>这一天</translation>
    </message>
    <message>
        <source>session {number}</source>
        <translation>第 {number} 条训练记录</translation>
    </message>
    <message>
        <source>{key} must be text, not {kind}</source>
        <translation>{key} 必须是文本，而不是{kind}</translation>
    </message>
    <message>
        <source>{key} is longer than {limit} characters</source>
        <translation>{key} 超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>{key} has no UTC offset: {value}</source>
        <translation>{key} 没有 UTC 时差：{value}</translation>
    </message>
    <message>
        <source>{key} must be a number from {low} to {high}, not {value}</source>
        <translation>{key} 必须是 {low} 到 {high} 之间的数字，而不是 {value}</translation>
    </message>
    <message>
        <source>{what} must be an object, not {kind}</source>
        <translation>{what} 必须是对象，而不是{kind}</translation>
    </message>
    <message>
        <source>{what} lacks {keys}</source>
        <translation>{what} 缺少 {keys}</translation>
    </message>
    <message>
        <source>{key} must be a list of text</source>
        <translation>{key} 必须是文本列表</translation>
    </message>
    <message>
        <source>{key} must be a list, not {kind}</source>
        <translation>{key} 必须是列表，而不是{kind}</translation>
    </message>
    <message>
        <source>steps holds more than {count} steps</source>
        <translation>steps 中超过 {count} 个步骤</translation>
    </message>
    <message>
        <source>{key} is empty</source>
        <translation>{key} 为空</translation>
    </message>
    <message>
        <source>the file&apos;s &quot;days&quot; is not a list</source>
        <translation>该文件的 &quot;days&quot; 不是列表</translation>
    </message>
    <message>
        <source>the file holds more than {count} days</source>
        <translation>文件中超过 {count} 天的记录</translation>
    </message>
    <message>
        <source>the file is not a recoverykit history (its &quot;format&quot; is not {name})</source>
        <translation>该文件不是 recoverykit 历史记录（其 &quot;format&quot; 不是 {name}）</translation>
    </message>
    <message>
        <source>the file&apos;s &quot;version&quot; is not a whole number from 1</source>
        <translation>该文件的 &quot;version&quot; 不是大于或等于 1 的整数</translation>
    </message>
    <message>
        <source>the file is history format version {version}; this recoverykit reads up to {newest}. Update recoverykit to import it</source>
        <translation>该文件是历史记录格式版本 {version}；此版本的 recoverykit 只能读取到 {newest}。请更新 recoverykit 后再导入</translation>
    </message>
    <message>
        <source>the file&apos;s &quot;sessions&quot; is not a list</source>
        <translation>该文件的 &quot;sessions&quot; 不是列表</translation>
    </message>
    <message>
        <source>the file holds more than {count} sessions</source>
        <translation>文件中超过 {count} 条训练记录</translation>
    </message>
    <message>
        <source>session {number} (id {id})</source>
        <translation>第 {number} 条训练记录（ID {id}）</translation>
    </message>
    <message>
        <source>{key} is not an ISO-8601 time: {value}</source>
        <translation>{key} 不是 ISO-8601 时间：{value}</translation>
    </message>
    <message>
        <source>side must be &quot;left&quot;, &quot;right&quot; or null</source>
        <translation>side 必须是 &quot;left&quot;、&quot;right&quot; 或 null</translation>
    </message>
    <message>
        <source>status must be in_progress, completed, abandoned or interrupted</source>
        <translation>status 必须是 in_progress、completed、abandoned 或 interrupted</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte})</source>
        <translation>该文件不是 UTF-8 文本（第 {byte} 字节）</translation>
    </message>
    <message>
        <source>the file is not complete, valid JSON ({why} at line {line}, column {column})</source>
        <translation>该文件不是完整、有效的 JSON（第 {line} 行第 {column} 列：{why}）</translation>
    </message>
    <message>
        <source>the file holds a value that cannot be read ({why})</source>
        <translation>文件中有无法读取的值（{why}）</translation>
    </message>
    <message>
        <source>status must be &quot;done&quot; or &quot;skipped&quot;</source>
        <translation>status 必须是 &quot;done&quot; 或 &quot;skipped&quot;</translation>
    </message>
    <message>
        <source>day {number}</source>
        <translation>第 {number} 天</translation>
    </message>
    <message>
        <source>the id appears twice in the file</source>
        <translation>该 ID 在文件中出现了两次</translation>
    </message>
    <message>
        <source>the history cannot be read ({why})</source>
        <translation>无法读取历史记录（{why}）</translation>
    </message>
    <message>
        <source>The file was kept, renamed to {path}.</source>
        <translation>该文件已保留，并重命名为 {path}。</translation>
    </message>
    <message>
        <source>recoverykit started a new, empty history (there is no usable backup in {path}).</source>
        <translation>recoverykit 已新建一份空的历史记录（{path} 中没有可用的备份）。</translation>
    </message>
    <message>
        <source>Sessions will not be saved until then.</source>
        <translation>在此之前，训练记录不会被保存。</translation>
    </message>
    <message>
        <source>It could not be moved aside ({why}), so nothing was changed and sessions will not be saved until it is fixed.</source>
        <translation>无法将其移到一旁（{why}），因此未作任何改动；在修复之前，训练记录不会被保存。</translation>
    </message>
    <message>
        <source>Your history was restored from the backup {path}; anything saved after that backup is only in the kept file.</source>
        <translation>已从备份 {path} 恢复你的历史记录；该备份之后保存的内容只在保留的文件中。</translation>
    </message>
    <message>
        <source>A new database could not be started either ({why}).</source>
        <translation>也无法新建数据库（{why}）。</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>数据库未打开</translation>
    </message>
    <message>
        <source>Unfinished sessions could not be checked: {why}.</source>
        <translation>无法检查未完成的训练：{why}。</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: {why}.</source>
        <translation>无法完成今天的自动备份：{why}。</translation>
    </message>
    <message>
        <source>Could not open the history: {why}. Sessions go on; recoverykit keeps what it could not save and tries again.</source>
        <translation>无法打开历史记录：{why}。训练可以照常进行；recoverykit 会保留未能保存的内容并再次尝试。</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>at most {minutes} min</source>
        <translation>最多 {minutes} 分钟</translation>
    </message>
    <message>
        <source>unpacks to more than {mb} MB</source>
        <translation>解压后超过 {mb} MB</translation>
    </message>
    <message>
        <source>an archive inside an archive is not opened</source>
        <translation>不会打开压缩包里的压缩包</translation>
    </message>
    <message>
        <source>the file is damaged and nothing could be read ({why})</source>
        <translation>文件已损坏，无法读取任何内容（{why}）</translation>
    </message>
    <message>
        <source>a damaged .gz file ({why})</source>
        <translation>损坏的 .gz 文件（{why}）</translation>
    </message>
    <message>
        <source>a .zip with no FIT, GPX or TCX file in it</source>
        <translation>这个 .zip 里没有 FIT、GPX 或 TCX 文件</translation>
    </message>
    <message>
        <source>a damaged .zip file ({why})</source>
        <translation>损坏的 .zip 文件（{why}）</translation>
    </message>
    <message>
        <source>the file is over {mb} MB</source>
        <translation>文件超过 {mb} MB</translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>the file is over {mb} MB, larger than any workout</source>
        <translation>文件超过 {mb} MB，比任何锻炼记录都大</translation>
    </message>
    <message>
        <source>no FIT, GPX or TCX files in this folder</source>
        <translation>这个文件夹里没有 FIT、GPX 或 TCX 文件</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>the file declares XML entities, which are not read (a workout export never needs them)</source>
        <translation>文件声明了 XML 实体，不予读取（锻炼导出文件从不需要它们）</translation>
    </message>
    <message>
        <source>an XML file that is neither GPX nor TCX</source>
        <translation>既不是 GPX 也不是 TCX 的 XML 文件</translation>
    </message>
    <message>
        <source>not a FIT, GPX or TCX file</source>
        <translation>不是 FIT、GPX 或 TCX 文件</translation>
    </message>
    <message>
        <source>cannot be unpacked ({why})</source>
        <translation>无法解压（{why}）</translation>
    </message>
    <message>
        <source>a device description</source>
        <translation>设备描述</translation>
    </message>
    <message>
        <source>a device settings</source>
        <translation>设备设置</translation>
    </message>
    <message>
        <source>a sport settings</source>
        <translation>运动设置</translation>
    </message>
    <message>
        <source>a planned workout</source>
        <translation>训练计划</translation>
    </message>
    <message>
        <source>a course (a planned route)</source>
        <translation>路线（计划好的路线）</translation>
    </message>
    <message>
        <source>a schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>a weight scale</source>
        <translation>体重秤</translation>
    </message>
    <message>
        <source>a lifetime totals</source>
        <translation>累计统计</translation>
    </message>
    <message>
        <source>a goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>a blood pressure</source>
        <translation>血压</translation>
    </message>
    <message>
        <source>an all-day monitoring</source>
        <translation>全天监测</translation>
    </message>
    <message>
        <source>an activity summary</source>
        <translation>活动摘要</translation>
    </message>
    <message>
        <source>a segment</source>
        <translation>赛段</translation>
    </message>
    <message>
        <source>a segment list</source>
        <translation>赛段列表</translation>
    </message>
    <message>
        <source>a FIT file with no recorded workout in it</source>
        <translation>这个 FIT 文件里没有锻炼记录</translation>
    </message>
    <message>
        <source>{what} file, not a recorded workout</source>
        <translation>{what}文件，不是锻炼记录</translation>
    </message>
    <message>
        <source>a {kind}</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <source>another kind of</source>
        <translation>其他类型的</translation>
    </message>
    <message>
        <source>no recorded times: this looks like a planned route, not a workout</source>
        <translation>没有记录时间：这看起来是计划好的路线，而不是锻炼记录</translation>
    </message>
    <message>
        <source>a TCX file with no recorded activity in it</source>
        <translation>这个 TCX 文件里没有锻炼活动</translation>
    </message>
    <message>
        <source>a course (a planned route), not a recorded workout</source>
        <translation>路线（计划好的路线），不是锻炼记录</translation>
    </message>
    <message>
        <source>{area}</source>
        <translation>{area}</translation>
    </message>
    <message>
        <source>{sign}</source>
        <translation>{sign}</translation>
    </message>
    <message>
        <source>A {size} cool-down, in the order of the guidance: easy movement, then stretching, then rolling.</source>
        <translation>{size}放松，按指南的顺序：先轻松活动，再拉伸，最后滚压。</translation>
    </message>
    <message>
        <source>short</source>
        <translation>简短的</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>标准的</translation>
    </message>
    <message>
        <source>long</source>
        <translation>较长的</translation>
    </message>
    <message>
        <source>{metres} m of descent: running or walking downhill works the quads hardest, and that is the work that leaves them sorest</source>
        <translation>下降 {metres} 米：下坡跑或下坡走对股四头肌的负荷最大，也最容易让它们酸痛</translation>
    </message>
    <message>
        <source>you logged your {area} at {value}/10 on {day}</source>
        <translation>你在 {day} 记录的{area}酸痛为 {value}/10</translation>
    </message>
    <message>
        <source>the workout ended hours ago, so the easy walk that belongs right after it is left out</source>
        <translation>锻炼已结束数小时，因此省去了本应紧接其后的轻松步行</translation>
    </message>
    <message>
        <source>no built-in step works those areas, so this is a gentle stretch for the legs</source>
        <translation>没有内置步骤针对这些部位，因此这是一套温和的腿部拉伸</translation>
    </message>
    <message>
        <source>you ticked {sign} on {day}: no rolling, massage, heat or contrast until it has been checked. If it persists or gets worse, see a doctor or a sports physiotherapist</source>
        <translation>你在 {day} 勾选了{sign}：在检查之前，请不要滚压、按摩、热敷或冷热交替。如果持续或加重，请去看医生或运动物理治疗师</translation>
    </message>
    <message>
        <source>you marked your {area} injured or swollen: no rolling, massage, heat or contrast there for 72 hours, only cold and rest, and have it checked</source>
        <translation>你标记了{area}受伤或肿胀：72 小时内那里不要滚压、按摩、热敷或冷热交替，只做冷敷和休息，并去检查一下</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>the volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>voice prompts</source>
        <translation>语音提示</translation>
    </message>
    <message>
        <source>the get-ready time</source>
        <translation>准备时间</translation>
    </message>
    <message>
        <source>the time to switch sides</source>
        <translation>换边时间</translation>
    </message>
    <message>
        <source>the time between steps</source>
        <translation>步骤间隔时间</translation>
    </message>
    <message>
        <source>the temperature unit</source>
        <translation>温度单位</translation>
    </message>
    <message>
        <source>the contrast swap countdown</source>
        <translation>冷热交替的更换倒计时</translation>
    </message>
    <message>
        <source>waiting between phases</source>
        <translation>阶段之间等待</translation>
    </message>
    <message>
        <source>the distance unit</source>
        <translation>距离单位</translation>
    </message>
    <message>
        <source>the theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>the language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>your age</source>
        <translation>你的年龄</translation>
    </message>
    <message>
        <source>your measured maximum heart rate</source>
        <translation>你的实测最大心率</translation>
    </message>
    <message>
        <source>the refuel reminder</source>
        <translation>补充能量提醒</translation>
    </message>
    <message>
        <source>the watched folder</source>
        <translation>监视的文件夹</translation>
    </message>
    <message>
        <source>the settings file has version {version}; unknown values are ignored</source>
        <translation>设置文件的版本为 {version}；未知的值将被忽略</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <source>the settings file is not a JSON object; defaults are used</source>
        <translation>设置文件不是 JSON 对象；将使用默认值</translation>
    </message>
    <message>
        <source>Your settings could not be saved to {path} ({why}).</source>
        <translation>你的设置未能保存到 {path}（{why}）。</translation>
    </message>
    <message>
        <source>{path} is too large to be a settings file; defaults are used</source>
        <translation>{path} 太大，不像设置文件；将使用默认值</translation>
    </message>
    <message>
        <source>{path} could not be read ({why}); defaults are used</source>
        <translation>无法读取 {path}（{why}）；将使用默认值</translation>
    </message>
    <message>
        <source>{path} is not valid JSON ({why}); defaults are used</source>
        <translation>{path} 不是有效的 JSON（{why}）；将使用默认值</translation>
    </message>
    <message>
        <source>{path} holds a value that cannot be read ({why}); defaults are used</source>
        <translation>{path} 中有无法读取的值（{why}）；将使用默认值</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>尖锐疼痛</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>肿胀</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>麻木</translation>
    </message>
    <message>
        <source>pain getting worse</source>
        <translation>疼痛加重</translation>
    </message>
    <message>
        <source>a hot, swollen, painful calf</source>
        <translation>小腿发热、肿胀且疼痛</translation>
    </message>
    <message>
        <source>dark urine after hard exercise</source>
        <translation>剧烈运动后尿色发暗</translation>
    </message>
    <message>
        <source>chest pain, fainting or breathlessness</source>
        <translation>胸痛、晕厥或呼吸困难</translation>
    </message>
    <message>
        <source>no workout imported yet: the standard cool-down after a run</source>
        <translation>尚未导入锻炼记录：这是跑步后的标准放松</translation>
    </message>
    <message>
        <source>{minutes} minutes of easy movement first, at about half your maximum heart rate: better right after than standing still</source>
        <translation>先进行 {minutes} 分钟轻松活动，心率约为最大心率的一半：锻炼后立即这样做比静止站着更好</translation>
    </message>
    <message>
        <source>a {sport} works the {area}</source>
        <translation>{sport}会锻炼{area}</translation>
    </message>
    <message>
        <source>the massage gun works best an hour or two after the workout, 60–90 s per muscle group, kept moving</source>
        <translation>筋膜枪在锻炼后一两个小时使用效果最好，每个肌群 60–90 秒，保持移动</translation>
    </message>
    <message>
        <source>contrast therapy helps within 48 h of the workout: until {until}</source>
        <translation>冷热交替疗法在锻炼后 48 小时内有帮助：截至 {until}</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>caption, then time left</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Had a drink?</source>
        <translation>喝水了吗？</translation>
    </message>
    <message>
        <source>Water or an electrolyte drink after the workout helps you recover and keeps cramps away.</source>
        <translation>锻炼后喝点水或电解质饮料，有助于恢复，也能预防抽筋。</translation>
    </message>
    <message>
        <source>Time to refuel</source>
        <translation>该补充能量了</translation>
    </message>
    <message>
        <source>Your workout ended about 30 minutes ago. Something with carbohydrate and some protein (around 20 g) and a drink tends to help recovery.</source>
        <translation>你的锻炼大约在 30 分钟前结束。吃些含碳水和一些蛋白质（约 20 克）的食物，再喝点水，往往有助于恢复。</translation>
    </message>
    <message>
        <source>as you measured it</source>
        <translation>按你实测的值</translation>
    </message>
    <message>
        <source>an estimate from your age: 208 − 0.7 × %1 (Tanaka)</source>
        <translation>根据年龄估算：208 − 0.7 × %1（Tanaka 公式）</translation>
    </message>
    <message>
        <source>Easy enough that you can talk in full sentences (the talk test). Set your age or measured maximum heart rate above to see a heart-rate band.</source>
        <translation>轻松到可以说完整的句子（说话测试）。在上方设置年龄或实测最大心率，即可看到心率区间。</translation>
    </message>
    <message>
        <source>Easy enough that you can talk in full sentences (the talk test). Set your age or measured maximum heart rate in Preferences to see a heart-rate band here.</source>
        <translation>强度以还能说完整的句子为宜（说话测试）。在首选项中设置年龄或实测最大心率，即可在此看到心率区间。</translation>
    </message>
    <message>
        <source>Aim for about %1–%2 bpm, about half of your maximum heart rate of %3 bpm (%4). Or the talk test: easy enough to talk in full sentences. On beta-blockers, use the talk test only.</source>
        <translation>目标心率约 %1–%2 次/分，约为最大心率 %3 次/分的一半（%4）。也可以用说话测试：强度以还能说完整的句子为宜。如果在服用 β 受体阻滞剂，请只用说话测试。</translation>
    </message>
    <message>
        <source>Easy runs: about %1–%2 bpm, 60–70 % of that maximum.</source>
        <translation>轻松跑：约 %1–%2 次/分，为该最大心率的 60–70%。</translation>
    </message>
    <message>
        <source>Calendar of recovery days</source>
        <translation>恢复日日历</translation>
    </message>
    <message numerus="yes">
        <source>%n recovery days in the last 26 weeks</source>
        <comment>days</comment>
        <translation>
            <numerusform>近 26 周有 %n 个恢复日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no recovery</source>
        <translation>%1：没有恢复训练</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>30 min or more</source>
        <translation>30 分钟及以上</translation>
    </message>
    <message>
        <source>%1 — %2 only</source>
        <translation>%1 —— 仅限%2</translation>
    </message>
    <message>
        <source>Recovery minutes per week</source>
        <translation>每周恢复分钟数</translation>
    </message>
    <message>
        <source>Soreness by area in the days after the selected session</source>
        <translation>所选训练之后几天各部位的酸痛程度</translation>
    </message>
    <message>
        <source>Recovery days, last 26 weeks</source>
        <translation>恢复日（近 26 周）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <comment>month and year format</comment>
        <translation>yy年M月</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>week starting (day/month)</source>
        <translation>周起始日（日/月）</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Recovery minutes per week, last 12 weeks</source>
        <translation>每周恢复分钟数，最近 12 周</translation>
    </message>
    <message>
        <source>Recovery minutes per month, %1</source>
        <translation>每月恢复分钟数，%1</translation>
    </message>
    <message>
        <source>Recovery minutes per year, %1</source>
        <translation>每年恢复分钟数，%1</translation>
    </message>
    <message>
        <source>Recovery minutes per week, %1</source>
        <translation>每周恢复分钟数，%1</translation>
    </message>
    <message>
        <source>Month of %1</source>
        <translation>%1 所在月</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 所在周</translation>
    </message>
    <message>
        <source>Year from %1</source>
        <translation>自 %1 起的一年</translation>
    </message>
    <message numerus="yes">
        <source>%n min of recovery</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>恢复 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Soreness and effort over the chosen dates</source>
        <translation>所选日期内的酸痛与强度</translation>
    </message>
    <message>
        <source>Soreness and effort: choose dates above</source>
        <translation>酸痛与强度：请在上方选择日期</translation>
    </message>
    <message>
        <source>0–10</source>
        <translation>0–10</translation>
    </message>
    <message>
        <source>Effort (RPE)</source>
        <translation>强度（RPE）</translation>
    </message>
    <message>
        <source>load (effort × min)</source>
        <translation>负荷（强度 × 分钟）</translation>
    </message>
    <message>
        <source>Workout load</source>
        <translation>锻炼负荷</translation>
    </message>
    <message>
        <source>Soreness by area and effort, %1</source>
        <translation>各部位酸痛与锻炼强度，%1</translation>
    </message>
    <message>
        <source>Soreness and effort, %1: nothing logged</source>
        <translation>酸痛与强度，%1：没有记录</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>(load %1: effort × minutes)</source>
        <translation>（负荷 %1：强度 × 分钟）</translation>
    </message>
    <message>
        <source>days after</source>
        <translation>训练后天数</translation>
    </message>
    <message>
        <source>Soreness after %1</source>
        <translation>%1之后的酸痛程度</translation>
    </message>
    <message>
        <source>Soreness after a session: no journal to show</source>
        <translation>训练后的酸痛程度：没有可显示的日志</translation>
    </message>
    <message>
        <source>recoverykit history charts</source>
        <translation>recoverykit 历史图表</translation>
    </message>
    <message>
        <source>the SVG file could not be written</source>
        <translation>无法写入 SVG 文件</translation>
    </message>
    <message>
        <source>the PNG file could not be written</source>
        <translation>无法写入 PNG 文件</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n recovery days (one rest day in a row keeps it going)</source>
        <comment>days</comment>
        <translation>
            <numerusform>连续：%n 个恢复日（连续休息一天不会中断）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>导出历史记录(&amp;E)…</translation>
    </message>
    <message>
        <source>Export history as &amp;CSV…</source>
        <translation>导出历史记录为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>导入历史记录(&amp;I)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>recoverykit history (*.json)</source>
        <translation>recoverykit 历史记录 (*.json)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>Could not export the history: %1</source>
        <translation>无法导出历史记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions exported to %1.</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>已导出 %n 条训练记录到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>History can be imported when no session is running.</source>
        <translation>只有在没有进行中的训练时才能导入历史记录。</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>导入历史记录</translation>
    </message>
    <message>
        <source>recoverykit history (*.json);;All files (*)</source>
        <translation>recoverykit 历史记录 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing changed: %2.</source>
        <translation>未导入 %1，没有任何改动：%2。</translation>
    </message>
    <message>
        <source>Could not import: %1. Nothing changed.</source>
        <translation>无法导入：%1。没有任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n new sessions imported from %1</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>已从 %1 导入 %n 条新的训练记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already in your history).</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>（%n 条已在你的历史记录中）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Why the journal was not saved</source>
        <extracomment>Stores a journal and note; returns None when saved, or why it could not be, for the user.</extracomment>
        <translation>日志未保存的原因</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Journal saved to your history.</source>
        <translation>日志已保存到历史记录。</translation>
    </message>
    <message>
        <source>Quads</source>
        <translation>股四头肌</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>腘绳肌</translation>
    </message>
    <message>
        <source>Calves</source>
        <translation>小腿</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>臀部</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>髋屈肌</translation>
    </message>
    <message>
        <source>Shins</source>
        <translation>胫骨前侧</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>双脚</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>下背部</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1（左）</translation>
    </message>
    <message>
        <source>%1 (right)</source>
        <translation>%1（右）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>跑步</translation>
    </message>
    <message>
        <source>Leg day</source>
        <translation>练腿日</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation>尖锐疼痛</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>肿胀</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>麻木或刺痛</translation>
    </message>
    <message>
        <source>Pain getting worse despite rest</source>
        <translation>休息后疼痛仍在加重</translation>
    </message>
    <message>
        <source>A hot, swollen, painful calf</source>
        <translation>小腿发热、肿胀且疼痛</translation>
    </message>
    <message>
        <source>Dark (cola-coloured) urine after hard exercise</source>
        <translation>剧烈运动后尿色发暗（可乐色）</translation>
    </message>
    <message>
        <source>Chest pain, fainting or breathlessness</source>
        <translation>胸痛、晕厥或呼吸困难</translation>
    </message>
    <message>
        <source>You noted: %1 (%2). Get medical help today.</source>
        <translation>你记录了：%1（%2）。请今天就去就医。</translation>
    </message>
    <message numerus="yes">
        <source>Your %1 soreness has been 7 or more over %n days (%2 to %3).</source>
        <comment>days</comment>
        <translation>
            <numerusform>你的%1酸痛在 %n 天内（%2 至 %3）一直为 7 或以上。</numerusform>
        </translation>
    </message>
    <message>
        <source>You noted: %1 (%2).</source>
        <translation>你记录了：%1（%2）。</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <extracomment>The highest steady heart rate of the last 12 months of workouts (set once storage is open). Asks the health check again (set by the composition root; see ui/safety).</extracomment>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Time to get it looked at</source>
        <translation>该去检查一下了</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>关闭提示(&amp;D)</translation>
    </message>
    <message>
        <source>Hide this notice; it comes back if something new is logged</source>
        <translation>隐藏此提示；如果记录了新情况，它会再次出现</translation>
    </message>
    <message>
        <source>Health notice</source>
        <translation>健康提醒</translation>
    </message>
    <message>
        <source>A routine with this id already exists</source>
        <extracomment>Asked when an imported routine&apos;s id is taken: (parent, text, can_replace) -&gt; REPLACE, KEEP_BOTH or CANCEL.</extracomment>
        <translation>已有使用此 ID 的训练方案</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>两个都保留(&amp;K)</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n steps, %2 of work.</source>
        <comment>import summary</comment>
        <translation>
            <numerusform>“%1”：%n 个步骤，运动时长 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>(each side)</source>
        <translation>（每侧）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>steps</comment>
        <translation>
            <numerusform>… 还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New routine…</source>
        <translation>新建训练方案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit routine…</source>
        <translation>编辑训练方案(&amp;E)…</translation>
    </message>
    <message>
        <source>Change one of your routines (a built-in one is copied first)</source>
        <translation>修改你的某个训练方案（内置方案会先复制一份）</translation>
    </message>
    <message>
        <source>&amp;Duplicate routine…</source>
        <translation>复制训练方案(&amp;D)…</translation>
    </message>
    <message>
        <source>De&amp;lete routine…</source>
        <translation>删除训练方案(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>导入训练方案(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport routine…</source>
        <translation>导出训练方案(&amp;X)…</translation>
    </message>
    <message>
        <source>New routine…</source>
        <translation>新建方案…</translation>
    </message>
    <message>
        <source>Make a routine of your own (Ctrl+N)</source>
        <translation>创建你自己的训练方案（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected routine; a built-in one is copied first (Ctrl+E)</source>
        <translation>编辑所选方案；内置方案会先复制一份（Ctrl+E）</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>我的训练方案</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>新训练方案</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Built-in routines stay as they are; you are editing a copy.</source>
        <translation>内置方案保持不变；你正在编辑的是一份副本。</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>编辑训练方案</translation>
    </message>
    <message>
        <source>Delete this routine?</source>
        <translation>要删除此训练方案吗？</translation>
    </message>
    <message>
        <source>“%1” will be deleted (the file %2). Your history keeps the sessions you did with it.</source>
        <translation>“%1”将被删除（文件 %2）。历史记录中用它完成的训练会保留。</translation>
    </message>
    <message>
        <source>Could not delete %1 (%2).</source>
        <translation>无法删除 %1（%2）。</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>导入训练方案</translation>
    </message>
    <message>
        <source>Routines can be imported when no session is running.</source>
        <translation>只有在没有进行中的训练时才能导入训练方案。</translation>
    </message>
    <message>
        <source>This routine cannot be imported: %1</source>
        <translation>无法导入此训练方案：%1</translation>
    </message>
    <message>
        <source>Add this routine?</source>
        <translation>要添加此训练方案吗？</translation>
    </message>
    <message>
        <source>Could not add the routine: %1</source>
        <translation>无法添加训练方案：%1</translation>
    </message>
    <message>
        <source>Added “%1” to your routines.</source>
        <translation>已将“%1”添加到你的训练方案。</translation>
    </message>
    <message>
        <source>Replaced “%1” with the imported one.</source>
        <translation>已用导入的方案替换“%1”。</translation>
    </message>
    <message>
        <source>A built-in routine already has the id “%1”; this one can be added beside it as “%2”.</source>
        <translation>内置训练方案已使用 ID“%1”；可以将这个方案以“%2”另行添加。</translation>
    </message>
    <message>
        <source>You already have a routine with the id “%1” (“%3”). Replace it with this one, or keep both (this one is then added as “%2”)?</source>
        <translation>你已有 ID 为“%1”的训练方案（“%3”）。要用这个方案替换它，还是两个都保留（这个方案将以“%2”添加）？</translation>
    </message>
    <message>
        <source>A routine file with the id “%1” is already in your folder; this one can be added as “%2”.</source>
        <translation>你的文件夹中已有 ID 为“%1”的训练方案文件；可以将这个方案以“%2”添加。</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>导出训练方案</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>已将“%1”导出到 %2。</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>R&amp;outine name:</source>
        <translation>方案名称(&amp;O)：</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>描述(&amp;P)：</translation>
    </message>
    <message>
        <source>Drag a step, or press Alt+Up and Alt+Down, to move it</source>
        <translation>拖动步骤，或按 Alt+↑ 和 Alt+↓ 来移动步骤</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>添加步骤(&amp;A)</translation>
    </message>
    <message>
        <source>Add a step after the selected one (Ctrl+Shift+N)</source>
        <translation>在所选步骤之后添加一个步骤（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Remo&amp;ve step</source>
        <translation>移除步骤(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete in the list)</source>
        <translation>移除所选步骤（在列表中按 Delete 键）</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move the step earlier (Alt+Up)</source>
        <translation>将步骤前移（Alt+↑）</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Move the step later (Alt+Down)</source>
        <translation>将步骤后移（Alt+↓）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Save the routine (Ctrl+S)</source>
        <translation>保存训练方案（Ctrl+S）</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>重命名训练方案</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>编辑描述</translation>
    </message>
    <message>
        <source>Routine name: %1</source>
        <translation>方案名称：%1</translation>
    </message>
    <message>
        <source>A routine needs at least one step.</source>
        <translation>训练方案至少需要一个步骤。</translation>
    </message>
    <message>
        <source>Step %1 (%2), %3: %4</source>
        <translation>第 %1 步（%2），%3：%4</translation>
    </message>
    <message>
        <source>has a problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Every routine needs a name</source>
        <translation>每个训练方案都需要名称</translation>
    </message>
    <message>
        <source>Cannot be saved yet: %1</source>
        <translation>暂时无法保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <comment>problems</comment>
        <translation>
            <numerusform>（另有 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>可以保存。</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>移除步骤</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>移动步骤</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>要放弃你的修改吗？</translation>
    </message>
    <message>
        <source>The changes to “%1” have not been saved.</source>
        <translation>对“%1”的修改尚未保存。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>设置问题</translation>
    </message>
    <message>
        <source>Play &amp;sounds at each step</source>
        <translation>每个步骤播放声音(&amp;S)</translation>
    </message>
    <message>
        <source>Speak the steps &amp;aloud</source>
        <translation>朗读步骤(&amp;A)</translation>
    </message>
    <message>
        <source>Get-ready countdown</source>
        <translation>准备倒计时</translation>
    </message>
    <message>
        <source>Time to switch sides</source>
        <translation>换边时间</translation>
    </message>
    <message>
        <source>Time between steps</source>
        <translation>步骤间隔时间</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>音量(&amp;V)：</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>声音和语音</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language is used the next time recoverykit starts.</source>
        <translation>新语言将在下次启动 recoverykit 时生效。</translation>
    </message>
    <message>
        <source>Celsius (°C)</source>
        <translation>摄氏度（°C）</translation>
    </message>
    <message>
        <source>Fahrenheit (°F)</source>
        <translation>华氏度（°F）</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>英里</translation>
    </message>
    <message>
        <source>Distance unit</source>
        <translation>距离单位</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>T&amp;emperatures:</source>
        <translation>温度(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Distances:</source>
        <translation>距离(&amp;D)：</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>界面风格</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1 to %2 years; the estimate is not a useful guide outside them</source>
        <translation>%1 到 %2 岁；超出这个范围，估算值没有参考意义</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 岁</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source> bpm</source>
        <translation> 次/分</translation>
    </message>
    <message>
        <source>Measured maximum heart rate</source>
        <translation>实测最大心率</translation>
    </message>
    <message>
        <source>If you know your maximum heart rate from a test, it is used instead of the estimate from your age</source>
        <translation>如果你通过测试知道自己的最大心率，将使用它而不是根据年龄估算的值</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>年龄(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Measured maximum:</source>
        <translation>实测最大值(&amp;M)：</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>心率</translation>
    </message>
    <message>
        <source>Wait for me &amp;between phases instead</source>
        <translation>改为在阶段之间等我操作(&amp;B)</translation>
    </message>
    <message>
        <source>Remind me to &amp;refuel 30 minutes after a workout</source>
        <translation>锻炼结束 30 分钟后提醒我补充能量(&amp;R)</translation>
    </message>
    <message>
        <source>Remind me to &amp;drink 15 minutes after a workout</source>
        <translation>锻炼结束 15 分钟后提醒我喝水(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;wap countdown:</source>
        <translation>更换倒计时(&amp;W)：</translation>
    </message>
    <message>
        <source>Watched &amp;folder:</source>
        <translation>监视的文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Preference groups</source>
        <translation>首选项分组</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Contrast, reminders, workouts</source>
        <translation>冷热交替、提醒、锻炼</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>A measured maximum below %1 bpm is not used; check the number.</source>
        <translation>实测最大心率低于 %1 次/分时不会被采用；请检查这个数字。</translation>
    </message>
    <message>
        <source>Cold-water immersion</source>
        <translation>冷水浸泡</translation>
    </message>
    <message>
        <source>New %1</source>
        <extracomment>Fields whose problem line keeps its height while empty: the ones that go wrong as you type.</extracomment>
        <translation>新的%1</translation>
    </message>
    <message>
        <source>No source gives a time limit for this; follow the maker&apos;s guidance and stop if anything hurts.</source>
        <translation>没有资料给出此项的时长上限；请遵循厂商的说明，如有任何疼痛请停止。</translation>
    </message>
    <message>
        <source>&amp;Both sides, left then right</source>
        <translation>两侧，先左后右(&amp;B)</translation>
    </message>
    <message>
        <source>A one-leg exercise runs once per side, each for the full time</source>
        <translation>单腿动作每侧各做一次，每次都持续完整时长</translation>
    </message>
    <message>
        <source>Se&amp;t a temperature</source>
        <translation>设置温度(&amp;T)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>步骤名称</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>两侧</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>示意图</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>安全提示</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Set a temperature</source>
        <translation>设置温度</translation>
    </message>
    <message>
        <source>Shown beside the step, e.g. for ice or heat</source>
        <translation>显示在步骤旁，例如用于冰敷或热敷</translation>
    </message>
    <message>
        <source>Where the time comes from</source>
        <translation>时长的依据</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>Te&amp;mperature:</source>
        <translation>温度(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Illustration:</source>
        <translation>示意图(&amp;I)：</translation>
    </message>
    <message>
        <source>Instru&amp;ction:</source>
        <translation>说明(&amp;C)：</translation>
    </message>
    <message>
        <source>Sa&amp;fety note:</source>
        <translation>安全提示(&amp;F)：</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>来源(&amp;R)：</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>不允许：%1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <source>(source %1)</source>
        <translation>（来源：%1）</translation>
    </message>
    <message>
        <source>Butt kicks</source>
        <translation>后踢腿跑</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>小腿拉伸</translation>
    </message>
    <message>
        <source>Easy cycling</source>
        <translation>轻松骑车</translation>
    </message>
    <message>
        <source>Easy walk</source>
        <translation>轻松步行</translation>
    </message>
    <message>
        <source>Epsom-salt bath</source>
        <translation>泻盐浴</translation>
    </message>
    <message>
        <source>Foam roll: calves</source>
        <translation>泡沫轴：小腿</translation>
    </message>
    <message>
        <source>Foam roll: glutes</source>
        <translation>泡沫轴：臀部</translation>
    </message>
    <message>
        <source>Foam roll: hamstrings</source>
        <translation>泡沫轴：腘绳肌</translation>
    </message>
    <message>
        <source>Foam roll: quads</source>
        <translation>泡沫轴：股四头肌</translation>
    </message>
    <message>
        <source>Glute stretch</source>
        <translation>臀肌拉伸</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>腘绳肌拉伸</translation>
    </message>
    <message>
        <source>High knees</source>
        <translation>高抬腿</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <translation>髋屈肌拉伸</translation>
    </message>
    <message>
        <source>Hot towel</source>
        <translation>热毛巾</translation>
    </message>
    <message>
        <source>Ice pack</source>
        <translation>冰袋</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation>摆腿</translation>
    </message>
    <message>
        <source>Lunges</source>
        <translation>弓步</translation>
    </message>
    <message>
        <source>Massage gun: calves</source>
        <translation>筋膜枪：小腿</translation>
    </message>
    <message>
        <source>Massage by hand: calves</source>
        <translation>手法按摩：小腿</translation>
    </message>
    <message>
        <source>Massage gun: glutes</source>
        <translation>筋膜枪：臀部</translation>
    </message>
    <message>
        <source>Massage gun: hamstrings</source>
        <translation>筋膜枪：腘绳肌</translation>
    </message>
    <message>
        <source>Massage gun: quads</source>
        <translation>筋膜枪：股四头肌</translation>
    </message>
    <message>
        <source>Quad stretch</source>
        <translation>股四头肌拉伸</translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation>坐姿腘绳肌拉伸</translation>
    </message>
    <message>
        <source>Squats</source>
        <translation>深蹲</translation>
    </message>
    <message>
        <source>Torso twists</source>
        <translation>转体</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy, HH:mm</source>
        <comment>date and time format</comment>
        <translation>yyyy年M月d日 ddd HH:mm</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <comment>date format</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <comment>day and month format</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Before the session</source>
        <extracomment>The imported workout the running session follows, if any (set by the workouts room).</extracomment>
        <translation>训练前</translation>
    </message>
    <message>
        <source>The check-off could not be saved in the journal: %1</source>
        <translation>无法在日志中保存这项勾选：%1</translation>
    </message>
    <message>
        <source>Your journal could not be saved (%1). What you entered is still here; try again or cancel.</source>
        <translation>您的日志未能保存（%1）。您填写的内容仍在这里；请重试或取消。</translation>
    </message>
    <message>
        <source>Workout import</source>
        <translation>锻炼导入</translation>
    </message>
    <message>
        <source>Importing workouts…</source>
        <translation>正在导入锻炼记录…</translation>
    </message>
    <message>
        <source>Workout import progress</source>
        <translation>锻炼导入进度</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop after the current file; what was imported stays</source>
        <translation>处理完当前文件后停止；已导入的内容会保留</translation>
    </message>
    <message>
        <source>Importing workouts: %1 of %2 files</source>
        <translation>正在导入锻炼记录：第 %1 个，共 %2 个文件</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>处理完当前文件后停止…</translation>
    </message>
    <message>
        <source>Suggested session</source>
        <translation>推荐的恢复训练</translation>
    </message>
    <message>
        <source>&amp;Start this session</source>
        <translation>开始这次训练(&amp;S)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Hide this suggestion; it comes back with the next workout</source>
        <translation>隐藏此推荐；下次锻炼后会再次出现</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Import workouts</source>
        <extracomment>The cause of the notice that the watched folder is missing: it clears when the folder is back.</extracomment>
        <translation>导入锻炼记录</translation>
    </message>
    <message>
        <source>Workout files (*.fit *.FIT *.gpx *.tcx *.gz *.zip);;All files (*)</source>
        <translation>锻炼文件 (*.fit *.FIT *.gpx *.tcx *.gz *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import &amp;workouts…</source>
        <translation>导入锻炼记录(&amp;W)…</translation>
    </message>
    <message>
        <source>Import FIT, GPX or TCX files from your watch or an export</source>
        <translation>从手表或导出文件导入 FIT、GPX 或 TCX 文件</translation>
    </message>
    <message>
        <source>The import stopped: %1. The workouts before it were kept.</source>
        <translation>导入已停止：%1。之前导入的锻炼记录已保留。</translation>
    </message>
    <message>
        <source>Workout imported</source>
        <translation>已导入锻炼记录</translation>
    </message>
    <message>
        <source>Imported %1 — suggested: %2</source>
        <translation>已导入 %1 —— 推荐：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workouts</source>
        <comment>workout import</comment>
        <translation>
            <numerusform>已导入 %n 条锻炼记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <comment>workout import</comment>
        <translation>
            <numerusform>%n 条已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <comment>workout import</comment>
        <translation>
            <numerusform>%n 个被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end; what was imported stays.</source>
        <translation>未完成即已停止；已导入的内容会保留。</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>（另有 %1 个）</translation>
    </message>
    <message>
        <source>The watched folder %1 is not there (is the watch connected?). It is looked at again every minute.</source>
        <translation>监视的文件夹 %1 不存在（手表是否已连接？）。每分钟会重新查看一次。</translation>
    </message>
    <message>
        <source>The list of files already read from the watched folder could not be saved (%1); the next start reads the folder again.</source>
        <translation>无法保存已从监视文件夹读取的文件列表（%1）；下次启动时会重新读取该文件夹。</translation>
    </message>
    <message>
        <source>The workouts could not be read: %1</source>
        <translation>无法读取锻炼记录：%1</translation>
    </message>
    <message>
        <source>The session could not be linked to its workout: %1</source>
        <translation>无法将本次训练与其锻炼记录关联：%1</translation>
    </message>
    <message>
        <source>&amp;Workouts</source>
        <translation>锻炼记录(&amp;W)</translation>
    </message>
    <message>
        <source>The workout could not be deleted: %1</source>
        <translation>无法删除该锻炼记录：%1</translation>
    </message>
    <message>
        <source>The workout could not be put back: %1</source>
        <translation>无法恢复该锻炼记录：%1</translation>
    </message>
    <message>
        <source>run</source>
        <translation>跑步</translation>
    </message>
    <message>
        <source>trail run</source>
        <translation>越野跑</translation>
    </message>
    <message>
        <source>walk</source>
        <translation>步行</translation>
    </message>
    <message>
        <source>hike</source>
        <translation>徒步</translation>
    </message>
    <message>
        <source>ride</source>
        <translation>骑行</translation>
    </message>
    <message>
        <source>swim</source>
        <translation>游泳</translation>
    </message>
    <message>
        <source>row</source>
        <translation>划船</translation>
    </message>
    <message>
        <source>strength session</source>
        <translation>力量训练</translation>
    </message>
    <message>
        <source>multisport workout</source>
        <translation>多项运动</translation>
    </message>
    <message>
        <source>transition</source>
        <translation>换项</translation>
    </message>
    <message>
        <source>workout</source>
        <translation>锻炼</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <source>After your %1 at %2 (%3)</source>
        <translation>%2 的%1之后（%3）</translation>
    </message>
    <message>
        <source>After your %1 at %2</source>
        <translation>%2 的%1之后</translation>
    </message>
    <message>
        <source>After your %1</source>
        <translation>%1之后</translation>
    </message>
    <message>
        <source>%1-minute cool-down</source>
        <translation>%1 分钟的放松</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>%1-minute cool-down for %2</source>
        <translation>针对%2的 %1 分钟放松</translation>
    </message>
    <message>
        <source>Done at %1: the suggested cool-down.</source>
        <translation>已于 %1 完成推荐的放松。</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <comment>what was done, then what is next, as two sentences</comment>
        <translation>%1%2。</translation>
    </message>
    <message>
        <source>quads</source>
        <translation>股四头肌</translation>
    </message>
    <message>
        <source>hamstrings</source>
        <translation>腘绳肌</translation>
    </message>
    <message>
        <source>calves</source>
        <translation>小腿</translation>
    </message>
    <message>
        <source>glutes</source>
        <translation>臀部</translation>
    </message>
    <message>
        <source>hip flexors</source>
        <translation>髋屈肌</translation>
    </message>
    <message>
        <source>shins</source>
        <translation>胫骨前侧</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>足部</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>下背部</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>运动</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Avg HR</source>
        <translation>平均心率</translation>
    </message>
    <message>
        <source>Max HR</source>
        <translation>最大心率</translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation>锻炼记录</translation>
    </message>
    <message>
        <source>No workouts yet. Import the files from your watch with Data → Import workouts… or drop them on the window.</source>
        <translation>还没有锻炼记录。可通过“数据 → 导入锻炼记录…”导入手表中的文件，或将文件拖放到窗口上。</translation>
    </message>
    <message>
        <source>&amp;Delete workout</source>
        <translation>删除锻炼记录(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation>%1，来自 %2（%3）</translation>
    </message>
    <message>
        <source>Climb %1 m, descent %2 m</source>
        <translation>爬升 %1 米，下降 %2 米</translation>
    </message>
    <message>
        <source>Moving %1 of %2</source>
        <translation>移动时间 %1，总时长 %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>Folder to watch for new workouts</source>
        <translation>要监视新锻炼记录的文件夹</translation>
    </message>
    <message>
        <source>None: workouts are imported by hand</source>
        <translation>无：锻炼记录需手动导入</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>监视的文件夹</translation>
    </message>
    <message>
        <source>New workout files in this folder (a mounted watch, a sync folder) are imported by themselves</source>
        <translation>此文件夹（已连接的手表、同步文件夹）中的新锻炼文件会自动导入</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>停止监视(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <source>Your workouts of the last 12 months show a maximum of %1 bpm, held for more than a moment (single-sample spikes left out). Use it as your measured maximum?</source>
        <translation>你过去 12 个月的锻炼记录显示，持续了一段时间的最高心率为 %1 次/分（已排除单个采样点的尖峰）。要把它作为你的实测最大心率吗？</translation>
    </message>
    <message>
        <source>recoverykit is a companion, not a medical device: it does not diagnose or treat anything, and does not replace a doctor or physiotherapist.</source>
        <translation>recoverykit 是训练伙伴，不是医疗器械：它不做任何诊断或治疗，也不能代替医生或物理治疗师。</translation>
    </message>
    <message>
        <source>See a sports physiotherapist or a doctor for sharp pain, swelling, numbness or tingling, pain that gets worse despite rest, or soreness still severe after more than 3 days. After a fall or a twist, have it checked before any massage or rolling.</source>
        <translation>如果出现尖锐疼痛、肿胀、麻木或刺痛、休息后仍在加重的疼痛，或超过 3 天仍然严重的酸痛，请去看运动物理治疗师或医生。摔倒或扭伤后，请先检查，再进行任何按摩或滚压。</translation>
    </message>
    <message>
        <source>Get medical help today for a hot, swollen, painful calf, dark (cola-coloured) urine after hard exercise, or chest pain, fainting or breathlessness.</source>
        <translation>如果小腿发热、肿胀且疼痛，剧烈运动后尿色发暗（可乐色），或出现胸痛、晕厥或呼吸困难，请今天就去就医。</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>Cold, heat and the massage gun are not safe for everyone. Answer these once, and recoverykit will say which steps to ask your doctor about first and leave them out unless you choose otherwise. Your answers stay on this computer and are never shared; change them any time in Edit → Health check…</source>
        <translation>冷敷、热敷和筋膜枪并非对每个人都安全。请回答一次这些问题，recoverykit 会告诉你哪些步骤需要先咨询医生，并默认略过它们，除非你另行选择。你的回答只保存在这台电脑上，绝不会分享；可随时在“编辑 → 健康检查…”中修改。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>是：%1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <source>If you skip it, recoverykit cannot warn you about cold, heat or the massage gun for your health: every step runs as written.</source>
        <translation>如果跳过，recoverykit 就无法根据你的健康状况提醒你冷敷、热敷或筋膜枪的风险：每个步骤都会照原样进行。</translation>
    </message>
    <message>
        <source>&amp;Save my answers</source>
        <translation>保存我的回答(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;kip the check</source>
        <translation>跳过检查(&amp;K)</translation>
    </message>
    <message>
        <source>Ask your doctor first</source>
        <translation>请先咨询医生</translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation>略过这些步骤(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>保留这些步骤(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Health check…</source>
        <extracomment>The recovery picture now (set by the app): its signs and injured areas of the last 72 h.</extracomment>
        <translation>健康检查(&amp;H)…</translation>
    </message>
    <message>
        <source>Answer the health questions again (cold, heat, massage gun)</source>
        <translation>重新回答健康问题（冷敷、热敷、筋膜枪）</translation>
    </message>
    <message>
        <source>Your health answers could not be saved (%1); they apply until recoverykit closes.</source>
        <translation>你的健康回答未能保存（%1）；在关闭 recoverykit 之前它们仍然有效。</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message>
        <source>Ask your doctor first, or wait, before these steps:</source>
        <translation>进行以下步骤前，请先咨询医生或暂缓：</translation>
    </message>
    <message>
        <source>That is every step of this routine, so leaving them out leaves nothing to do.</source>
        <translation>这已是本方案的全部步骤，略过它们就没有可做的了。</translation>
    </message>
    <message>
        <source>The notice could not be set aside for good (%1); it shows again at the next start.</source>
        <translation>无法永久隐藏此提示（%1）；下次启动时会再次显示。</translation>
    </message>
    <message>
        <source>&amp;Log how you feel…</source>
        <translation>记录身体感受(&amp;L)…</translation>
    </message>
    <message>
        <source>Log how your legs feel today or on a past day, with or without a session</source>
        <translation>记录今天或过去某天双腿的感觉，无论是否做过训练</translation>
    </message>
    <message>
        <source>Log how you feel…</source>
        <translation>记录身体感受…</translation>
    </message>
    <message>
        <source>How your legs feel on a rest day or the morning after (Ctrl+L)</source>
        <translation>休息日或第二天早上双腿的感觉（Ctrl+L）</translation>
    </message>
    <message>
        <source>Nothing to save yet: rate an area, tick a sign, mark a rest day or write a note.</source>
        <translation>还没有可保存的内容：请给某个部位评分、勾选症状、标记休息日或写下备注。</translation>
    </message>
    <message>
        <source>The day was not saved: %1.</source>
        <translation>这一天未保存：%1。</translation>
    </message>
    <message>
        <source>The day could not be saved (%1). What you entered is still here; try again or cancel.</source>
        <translation>无法保存这一天（%1）。你输入的内容仍然保留；请重试或取消。</translation>
    </message>
    <message>
        <source>Logged how you feel on %1.</source>
        <translation>已记录 %1 的身体感受。</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>每日记录(&amp;D)</translation>
    </message>
    <message>
        <source>The logged days cannot be shown just now: %1</source>
        <translation>暂时无法显示已记录的日子：%1</translation>
    </message>
    <message>
        <source>The day could not be deleted: %1</source>
        <translation>无法删除这一天：%1</translation>
    </message>
    <message>
        <source>The day could not be put back: %1</source>
        <translation>无法恢复这一天：%1</translation>
    </message>
    <message>
        <source>Log how you feel</source>
        <extracomment>Stores a logged day (moment, journal, rest day, note); returns None when saved, or why not.</extracomment>
        <translation>记录身体感受</translation>
    </message>
    <message>
        <source>Edit a logged day</source>
        <translation>编辑已记录的一天</translation>
    </message>
    <message>
        <source>Date and time this describes</source>
        <translation>所记录的日期和时间</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>A &amp;rest day (no run or leg workout)</source>
        <translation>休息日（没有跑步或练腿）(&amp;R)</translation>
    </message>
    <message>
        <source>Why the day was not saved</source>
        <translation>这一天未保存的原因</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3, so it was not used; it is still %4.</source>
        <translation>%1 超出了 %2 到 %3 的范围，因此没有采用；仍为 %4。</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>Done: ticks it off in the session&apos;s journal</source>
        <translation>完成：在这次训练的日志中勾选</translation>
    </message>
    <message>
        <source>Sno&amp;oze 15 min</source>
        <translation>15 分钟后再提醒(&amp;O)</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>How sore are you before you start? Rating it now lets the summary show what the session changed.</source>
        <translation>开始前有多酸痛？现在评分，训练总结就能显示这次训练带来的变化。</translation>
    </message>
    <message>
        <source>&amp;Rate now…</source>
        <translation>现在评分(&amp;R)…</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>以后再说(&amp;N)</translation>
    </message>
    <message>
        <source>Rate soreness before the session</source>
        <translation>训练前为酸痛程度评分</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>PhaseTimeline</name>
    <message>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
</context>
<context>
    <name>QtSoundOutput</name>
    <message>
        <source>Sound unavailable: this system lacks the audio libraries Qt needs (on Debian or Ubuntu: libpulse0).</source>
        <translation>声音不可用：本系统缺少 Qt 所需的音频库（Debian 或 Ubuntu 上为 libpulse0）。</translation>
    </message>
    <message>
        <source>Sound unavailable: no audio output was found.</source>
        <translation>声音不可用：找不到音频输出设备。</translation>
    </message>
    <message>
        <source>Sound unavailable: the cue sounds could not be prepared.</source>
        <translation>声音不可用：无法准备提示音。</translation>
    </message>
    <message>
        <source>Sound unavailable: the audio device cannot play the cues.</source>
        <translation>声音不可用：音频设备无法播放提示音。</translation>
    </message>
</context>
<context>
    <name>QtSpeech</name>
    <message>
        <source>Voice prompts unavailable: this system lacks the libraries Qt&apos;s speech needs.</source>
        <extracomment>Qt&apos;s test engine speaks to nobody; never offer it to users. A prompt not started this long after it was due is dropped. Dropped prompts or engine errors before voice gives up for the run. How long closing the app waits for a hung engine before ending its thread.</extracomment>
        <translation>语音提示不可用：本系统缺少 Qt 语音功能所需的库。</translation>
    </message>
    <message>
        <source>Voice prompts unavailable: no speech engine is working.</source>
        <translation>语音提示不可用：没有可用的语音引擎。</translation>
    </message>
    <message>
        <source>Voice prompts unavailable: no audio output was found.</source>
        <translation>语音提示不可用：找不到音频输出设备。</translation>
    </message>
    <message>
        <source>Voice prompts turned off for this session: the speech engine did not respond. The countdown and the sounds go on as before.</source>
        <translation>本次已关闭语音提示：语音引擎没有响应。倒计时和提示音照常进行。</translation>
    </message>
</context>
<context>
    <name>routines</name>
    <message>
        <source>Contrast therapy</source>
        <translation>冷热交替疗法</translation>
    </message>
    <message>
        <source>Cold first, then warmth: 10 minutes of ice, then 15 minutes of a hot towel at about 40 °C. Within 48 hours of the workout.</source>
        <translation>先冷后热：冰敷 10 分钟，再用约 40 °C 的热毛巾敷 15 分钟。在训练后 48 小时内进行。</translation>
    </message>
    <message>
        <source>Ice pack</source>
        <translation>冰袋</translation>
    </message>
    <message>
        <source>Wrap the ice pack in a thin cloth and rest it on the sore muscle. Stay still and breathe slowly.</source>
        <translation>用薄布包好冰袋，放在酸痛的肌肉上。保持不动，缓慢呼吸。</translation>
    </message>
    <message>
        <source>Never put ice straight on bare skin. Take it off early if the skin goes numb or white.</source>
        <translation>切勿把冰直接放在裸露的皮肤上。如果皮肤发麻或发白，请提前拿开。</translation>
    </message>
    <message>
        <source>Hot towel</source>
        <translation>热毛巾</translation>
    </message>
    <message>
        <source>Lay a towel soaked in water at about 40 °C over the same area. Warm, never hot: re-soak it when it cools.</source>
        <translation>把在约 40 °C 温水中浸湿的毛巾敷在同一部位。要温热，不要烫：凉了就重新浸湿。</translation>
    </message>
    <message>
        <source>Post-run cool-down</source>
        <translation>跑后放松</translation>
    </message>
    <message>
        <source>Ten easy minutes on your feet, five stretches on both legs, then the foam roller.</source>
        <translation>轻松活动十分钟，双腿各做五个拉伸，然后用泡沫轴放松。</translation>
    </message>
    <message>
        <source>Easy walk or spin</source>
        <translation>轻松步行或骑车</translation>
    </message>
    <message>
        <source>Keep moving at an easy pace: a brisk walk or light pedalling. You should be able to talk in full sentences.</source>
        <translation>以轻松的节奏继续活动：快走或轻松骑车。你应当还能完整地说话。</translation>
    </message>
    <message>
        <source>Standing quad stretch</source>
        <translation>站姿股四头肌拉伸</translation>
    </message>
    <message>
        <source>Stand tall, bend one knee and hold that ankle behind you. Knees side by side, hips pushed gently forward. Hold a chair if you wobble.</source>
        <translation>站直，弯曲一侧膝盖，在身后握住该侧脚踝。两膝并拢，髋部轻轻前推。站不稳时可以扶着椅子。</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>腘绳肌拉伸</translation>
    </message>
    <message>
        <source>Heel on a low step, leg straight, toes up. Hinge forward from the hips with a flat back until you feel the back of the thigh.</source>
        <translation>脚跟放在矮台阶上，腿伸直，脚尖朝上。背部保持平直，从髋部向前俯身，直到大腿后侧有拉伸感。</translation>
    </message>
    <message>
        <source>Calf stretch against a wall</source>
        <translation>扶墙小腿拉伸</translation>
    </message>
    <message>
        <source>Hands on the wall, one foot back with the heel down and the leg straight. Lean in until the calf of the back leg lengthens.</source>
        <translation>双手扶墙，一只脚向后撤，脚跟着地、腿伸直。身体前倾，直到后腿小腿有拉长的感觉。</translation>
    </message>
    <message>
        <source>Kneeling hip-flexor stretch</source>
        <translation>跪姿髋屈肌拉伸</translation>
    </message>
    <message>
        <source>Kneel on one knee, the other foot flat in front. Tuck your tailbone and shift your weight forward until the front of the kneeling hip opens.</source>
        <translation>单膝跪地，另一只脚平放在身前。收尾骨，重心前移，直到跪地一侧髋部前侧被拉开。</translation>
    </message>
    <message>
        <source>Figure-four glute stretch</source>
        <translation>“4”字臀肌拉伸</translation>
    </message>
    <message>
        <source>Lie on your back, cross one ankle over the opposite knee and draw both legs towards your chest until the outer hip stretches.</source>
        <translation>仰卧，把一侧脚踝搭在另一侧膝盖上，双腿一起拉向胸口，直到髋部外侧有拉伸感。</translation>
    </message>
    <message>
        <source>Foam roll: quads</source>
        <translation>泡沫轴：股四头肌</translation>
    </message>
    <message>
        <source>Face down on your forearms, roller under the thighs. Roll slowly from hip to just above the knee; pause on tender spots and breathe.</source>
        <translation>俯卧，用前臂支撑，泡沫轴放在大腿下方。从髋部慢慢滚到膝盖上方；在酸痛点稍作停留并保持呼吸。</translation>
    </message>
    <message>
        <source>Foam roll: hamstrings</source>
        <translation>泡沫轴：腘绳肌</translation>
    </message>
    <message>
        <source>Sit with the roller under one thigh, hands behind you. Roll from the sit bone to above the knee at a slow, steady pace.</source>
        <translation>坐下，把泡沫轴放在一侧大腿下方，双手在身后支撑。从坐骨滚到膝盖上方，速度缓慢均匀。</translation>
    </message>
    <message>
        <source>Foam roll: calves</source>
        <translation>泡沫轴：小腿</translation>
    </message>
    <message>
        <source>Foam roll only</source>
        <translation>仅泡沫轴</translation>
    </message>
    <message>
        <source>Just the roller: quads, hamstrings, calves and glutes, slowly.</source>
        <translation>只用泡沫轴：慢慢放松股四头肌、腘绳肌、小腿和臀部。</translation>
    </message>
    <message>
        <source>Face down on your forearms, roller under the thighs. Roll slowly from hip to above the knee; pause on tender spots.</source>
        <translation>俯卧，用前臂支撑，泡沫轴放在大腿下方。从髋部慢慢滚到膝盖上方；在酸痛点稍作停留。</translation>
    </message>
    <message>
        <source>Begin light. Rolling hard on cold muscle does more harm than good: warm up first if you have been sitting.</source>
        <translation>从轻开始。在没有热开的肌肉上用力滚压弊大于利：如果之前一直坐着，请先热身。</translation>
    </message>
    <message>
        <source>Sit with the roller under one thigh, hands behind you. Roll from the sit bone to above the knee, slow and steady.</source>
        <translation>坐下，把泡沫轴放在一侧大腿下方，双手在身后支撑。从坐骨滚到膝盖上方，缓慢而平稳。</translation>
    </message>
    <message>
        <source>Foam roll: glutes</source>
        <translation>泡沫轴：臀部</translation>
    </message>
    <message>
        <source>Sit on the roller, cross one ankle over the other knee and lean towards that hip. Small, slow rolls.</source>
        <translation>坐在泡沫轴上，把一侧脚踝搭在另一侧膝盖上，身体向这一侧髋部倾斜。小幅度、慢慢地滚动。</translation>
    </message>
    <message>
        <source>Leg-day recovery</source>
        <translation>练腿日恢复</translation>
    </message>
    <message>
        <source>Easy cycling</source>
        <translation>轻松骑车</translation>
    </message>
    <message>
        <source>Pedal with almost no resistance, or walk if there is no bike. Breathing stays relaxed; this just keeps the blood moving.</source>
        <translation>几乎不加阻力地蹬车，没有单车就步行。呼吸保持放松；目的只是促进血液循环。</translation>
    </message>
    <message>
        <source>Stand tall, bend one knee and hold that ankle behind you. Knees side by side, hips pushed gently forward.</source>
        <translation>站直，弯曲一侧膝盖，在身后握住该侧脚踝。两膝并拢，髋部轻轻前推。</translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation>坐姿腘绳肌拉伸</translation>
    </message>
    <message>
        <source>Sit with one leg long and the other foot against the inner thigh. Reach towards the long leg&apos;s ankle, leading with the chest.</source>
        <translation>坐下，一条腿伸直，另一只脚抵住伸直腿的大腿内侧。以胸口带动身体，向伸直腿的脚踝方向够。</translation>
    </message>
    <message>
        <source>Lie on your back, cross one ankle over the opposite knee and draw both legs towards your chest.</source>
        <translation>仰卧，把一侧脚踝搭在另一侧膝盖上，双腿一起拉向胸口。</translation>
    </message>
    <message>
        <source>Kneel on one knee, the other foot flat in front. Tuck your tailbone and lean forward until the front of the hip opens.</source>
        <translation>单膝跪地，另一只脚平放在身前。收尾骨，身体前倾，直到髋部前侧被拉开。</translation>
    </message>
    <message>
        <source>Hands on the wall, one foot back with the heel down. Lean in until the back calf lengthens.</source>
        <translation>双手扶墙，一只脚向后撤，脚跟着地。身体前倾，直到后侧小腿有拉长的感觉。</translation>
    </message>
    <message>
        <source>Face down on your forearms, roller under the thighs. Roll slowly from hip to above the knee and linger where it is tender.</source>
        <translation>俯卧，用前臂支撑，泡沫轴放在大腿下方。从髋部慢慢滚到膝盖上方，在酸痛处多停留一会儿。</translation>
    </message>
    <message>
        <source>Light pressure first; legs that have cooled down need a gentler start.</source>
        <translation>先用轻的压力；已经冷下来的双腿需要更温和地开始。</translation>
    </message>
    <message>
        <source>Massage gun</source>
        <translation>筋膜枪</translation>
    </message>
    <message>
        <source>Massage gun: quads</source>
        <translation>筋膜枪：股四头肌</translation>
    </message>
    <message>
        <source>Sit with the leg relaxed. Glide the head slowly up the front of the thigh, from knee towards hip, with moderate pressure.</source>
        <translation>坐下，腿部放松。用中等力度，让枪头沿大腿前侧从膝盖向髋部慢慢滑动。</translation>
    </message>
    <message>
        <source>Massage gun: hamstrings</source>
        <translation>筋膜枪：腘绳肌</translation>
    </message>
    <message>
        <source>Lie face down or sit forward on a chair. Work up the back of the thigh from above the knee towards the buttock.</source>
        <translation>俯卧，或坐在椅子前缘。沿大腿后侧从膝盖上方向臀部方向放松。</translation>
    </message>
    <message>
        <source>Massage gun: calves</source>
        <translation>筋膜枪：小腿</translation>
    </message>
    <message>
        <source>Prop the foot up and let the calf hang soft. Move from just above the Achilles up to below the knee.</source>
        <translation>把脚垫高，让小腿自然放松。从跟腱上方向上移动到膝盖下方。</translation>
    </message>
    <message>
        <source>Massage gun: glutes</source>
        <translation>筋膜枪：臀部</translation>
    </message>
    <message>
        <source>Stand with weight on the other leg. Sweep across and up the buttock in slow passes, easing off near the lower back.</source>
        <translation>站立，重心放在另一条腿上。在臀部来回并向上缓慢移动，靠近下背部时减轻力度。</translation>
    </message>
    <message>
        <source>Test the towel on your wrist first. If your skin is sensitive, keep it cooler to avoid burns. Stop if the skin burns, goes numb, or you feel dizzy.</source>
        <translation>先在手腕上试一下毛巾的温度。如果皮肤敏感，请降低温度，以免烫伤。如果皮肤灼痛、发麻或你感到头晕，请停止。</translation>
    </message>
    <message>
        <source>Ease into it and hold still: a stretch pulls, it never hurts. Stop if you feel sharp pain, numbness or tingling.</source>
        <translation>慢慢进入动作并保持不动：拉伸是牵拉感，不应该疼。如果感到尖锐疼痛、麻木或刺痛，请停止。</translation>
    </message>
    <message>
        <source>Start with light pressure and add weight only as the muscle warms. Stay off the kneecap. Stop if you feel sharp pain, numbness or tingling.</source>
        <translation>先用轻压，肌肉热起来后再逐渐加重。避开膝盖骨。如果感到尖锐疼痛、麻木或刺痛，请停止。</translation>
    </message>
    <message>
        <source>Keep the pressure moderate; skip the back of the knee. Stop if you feel sharp pain, numbness or tingling.</source>
        <translation>压力保持适中；避开膝盖后方。如果感到尖锐疼痛、麻木或刺痛，请停止。</translation>
    </message>
    <message>
        <source>Roller under one calf, the other leg crossed on top for more weight. Lift your hips and roll from just above the Achilles tendon to below the knee.</source>
        <translation>泡沫轴放在一侧小腿下，另一条腿交叉压在上面增加重量。抬起臀部，从跟腱上方滚到膝盖下方。</translation>
    </message>
    <message>
        <source>Roll the muscle, not the Achilles tendon. Stop if you feel sharp pain, numbness or tingling.</source>
        <translation>滚压肌肉，不要滚压跟腱。如果感到尖锐疼痛、麻木或刺痛，请停止。</translation>
    </message>
    <message>
        <source>Roller under one calf, the other leg on top for more weight. Lift your hips and roll from just above the Achilles tendon to below the knee.</source>
        <translation>泡沫轴放在一侧小腿下，另一条腿压在上面增加重量。抬起臀部，从跟腱上方滚到膝盖下方。</translation>
    </message>
    <message>
        <source>Massage by hand</source>
        <translation>手法按摩</translation>
    </message>
    <message>
        <source>No massage gun needed: knead, press and lightly tap the calves and thighs, then shake them loose. Good the next day too.</source>
        <translation>不需要筋膜枪：揉捏、按压并轻拍小腿和大腿，然后抖松。第二天做也很好。</translation>
    </message>
    <message>
        <source>Massage by hand: calves</source>
        <translation>手法按摩：小腿</translation>
    </message>
    <message>
        <source>Sit with the knee bent. Press and knead the calf with both hands from the ankle up towards the knee, tap it lightly with loose fists, then stand, walk a few steps and shake the leg loose.</source>
        <translation>坐下，屈膝。双手从脚踝向膝盖方向按压并揉捏小腿，用放松的拳头轻拍，然后站起来走几步，把腿抖松。</translation>
    </message>
    <message>
        <source>Firm but never painful. Stop if you feel sharp pain, numbness or tingling, and leave out an area that is swollen, hot or freshly injured.</source>
        <translation>力度要实但不能疼。如果感到尖锐疼痛、麻木或刺痛，请停止；肿胀、发热或刚受伤的部位不要按摩。</translation>
    </message>
    <message>
        <source>Massage by hand: thighs</source>
        <translation>手法按摩：大腿</translation>
    </message>
    <message>
        <source>Sit with the leg straight and relaxed. Knead the front of the thigh with both hands from the knee up towards the hip, then the back of it; finish with light tapping along the muscle.</source>
        <translation>坐下，腿伸直放松。双手从膝盖向髋部方向揉捏大腿前侧，再揉捏后侧；最后沿肌肉轻轻拍打。</translation>
    </message>
    <message>
        <source>Firm but never painful; keep off the kneecap. Stop if you feel sharp pain, numbness or tingling, and leave out an area that is swollen, hot or freshly injured.</source>
        <translation>力度要实但不能疼；避开膝盖骨。如果感到尖锐疼痛、麻木或刺痛，请停止；肿胀、发热或刚受伤的部位不要按摩。</translation>
    </message>
    <message>
        <source>For after squats and lunges: an easy spin, longer holds for the big muscles, slow rolling, then the calves massaged by hand.</source>
        <translation>适合深蹲和弓步之后：轻松骑车，大肌群拉伸保持更久，慢慢滚压，最后用手按摩小腿。</translation>
    </message>
    <message>
        <source>A minute or so on each muscle group of both legs, kept moving. Best an hour or two after the run.</source>
        <translation>双腿每个肌群约一分钟，保持移动。最好在跑后一到两小时进行。</translation>
    </message>
    <message>
        <source>Keep it moving over the muscle group, never parked on one point. Keep off bones, joints and any area that is bruised or injured. Stop at sharp pain, numbness or tingling.</source>
        <translation>在肌群上持续移动，不要停在一个点上。避开骨头、关节以及任何淤青或受伤的部位。如有尖锐疼痛、麻木或刺痛，请停止。</translation>
    </message>
    <message>
        <source>Keep it moving; stay clear of the back of the knee. Stop at sharp pain, numbness or tingling.</source>
        <translation>保持移动；避开膝盖后方。如有尖锐疼痛、麻木或刺痛，请停止。</translation>
    </message>
    <message>
        <source>Keep it moving; do not press on the Achilles tendon or the shin bone. Stop at sharp pain, numbness or tingling.</source>
        <translation>保持移动；不要压在跟腱或胫骨上。如有尖锐疼痛、麻木或刺痛，请停止。</translation>
    </message>
    <message>
        <source>Keep it moving; avoid the spine and the bony point of the hip. Stop at sharp pain, numbness or tingling.</source>
        <translation>保持移动；避开脊柱和髋部骨突处。如有尖锐疼痛、麻木或刺痛，请停止。</translation>
    </message>
    <message>
        <source>Pre-run dynamic warm-up</source>
        <translation>跑前动态热身</translation>
    </message>
    <message>
        <source>Moving, not holding: swings, lunges and drills that get the legs ready to run.</source>
        <translation>动起来，而不是静止保持：摆腿、弓步和专项练习，让双腿做好跑步准备。</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation>摆腿</translation>
    </message>
    <message>
        <source>Hold a wall and swing one leg forward and back like a pendulum, a little higher each time. Keep the trunk still.</source>
        <translation>扶墙，一条腿像钟摆一样前后摆动，每次稍高一点。躯干保持稳定。</translation>
    </message>
    <message>
        <source>Walking lunges</source>
        <translation>行进弓步</translation>
    </message>
    <message>
        <source>Step long, lower the back knee towards the floor, then drive up into the next step. Front knee over the ankle.</source>
        <translation>大步迈出，后侧膝盖向地面下沉，然后发力站起迈出下一步。前侧膝盖对准脚踝上方。</translation>
    </message>
    <message>
        <source>Bodyweight squats</source>
        <translation>徒手深蹲</translation>
    </message>
    <message>
        <source>Feet shoulder-width apart, sit back and down as if onto a chair, then stand tall. Smooth and controlled.</source>
        <translation>双脚与肩同宽，像坐椅子一样向后向下坐，然后站直。动作流畅、有控制。</translation>
    </message>
    <message>
        <source>Butt kicks</source>
        <translation>后踢腿跑</translation>
    </message>
    <message>
        <source>Jog on the spot and flick your heels up towards your seat. Light, quick feet.</source>
        <translation>原地慢跑，脚跟向上踢向臀部。脚步轻快。</translation>
    </message>
    <message>
        <source>High knees</source>
        <translation>高抬腿</translation>
    </message>
    <message>
        <source>Jog on the spot, lifting each knee to hip height. Pump your arms and stay on the balls of your feet.</source>
        <translation>原地慢跑，每次把膝盖抬到髋部高度。摆动手臂，用前脚掌着地。</translation>
    </message>
    <message>
        <source>Torso twists</source>
        <translation>转体</translation>
    </message>
    <message>
        <source>Feet planted, arms loose, turn the upper body side to side and let the arms swing around you.</source>
        <translation>双脚站稳，手臂放松，上身左右转动，让手臂随之在身体周围摆动。</translation>
    </message>
    <message>
        <source>Wrap the ice pack or cold towel in a thin cloth and rest it on the sore muscle. Stay still and breathe slowly.</source>
        <translation>用薄布包好冰袋或冷毛巾，放在酸痛的肌肉上。保持不动，缓慢呼吸。</translation>
    </message>
    <message>
        <source>Cold immersion</source>
        <translation>冷水浸泡</translation>
    </message>
    <message>
        <source>Lower the sore legs into the cold water and keep still. Breathe out slowly as you go in.</source>
        <translation>把酸痛的双腿放入冷水中，保持不动。入水时慢慢呼气。</translation>
    </message>
    <message>
        <source>Cold water is harsher than a pack: keep it short. Get out at once if you shiver hard, feel dizzy or the skin goes numb.</source>
        <translation>冷水比冰袋刺激更强：时间要短。如果剧烈发抖、头晕或皮肤发麻，请立即出来。</translation>
    </message>
    <message>
        <source>Lay the hot towel or heat pack over the same area. Warm, never hot: re-soak or re-warm it when it cools.</source>
        <translation>把热毛巾或热敷包敷在同一部位。要温热，不要烫：凉了就重新浸湿或加热。</translation>
    </message>
    <message>
        <source>Test it on your wrist first. If your skin is sensitive, keep it cooler to avoid burns.</source>
        <translation>先在手腕上试温。如果皮肤敏感，请降低温度，以免烫伤。</translation>
    </message>
    <message>
        <source>Warm bath</source>
        <translation>温水浴</translation>
    </message>
    <message>
        <source>Sit in the warm bath with the sore muscles under water. Relax and breathe slowly.</source>
        <translation>坐在温水中，让酸痛的肌肉浸在水下。放松，缓慢呼吸。</translation>
    </message>
    <message>
        <source>Check the water with your wrist first. If your skin is sensitive, keep it cooler to avoid burns; get out if you feel dizzy.</source>
        <translation>先用手腕试水温。如果皮肤敏感，请降低水温，以免烫伤；感到头晕就出来。</translation>
    </message>
</context>
</TS>
