// A compact gazetteer of common given names and surnames in several scripts (EN, DE, FR,
// ES/IT/PT, NL/Nordic, PL, TR, AR/FA transliterations, RU in Cyrillic, JP in kanji and kana,
// CN in pinyin and Han). It only boosts: a hit still needs a second signal (a second name
// token, a title, a label or a context word) before anything is replaced.

const GIVEN_LATIN = `
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul
andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry
peter zachary douglas harold kyle noah carl arthur gerald roger keith jeremy terry lawrence sean christian austin jesse dylan bryan
joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret ashley kimberly emily donna
michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia dorothy amy kathleen angela shirley emma brenda pamela
nicole anna samantha katherine christine debra rachel carolyn janet maria olivia heather helen catherine diane julie victoria joyce
lauren kelly christina ruth joan virginia judith evelyn hannah andrea megan cheryl jacqueline martha madison teresa gloria sara janice
ann kathryn abigail sophia frances jean alice judy isabella julia beverly denise marilyn amber danielle rose brittany diana natalie
jane jenny kate lucy chloe charlotte amelia mia ella grace harry oliver leo oscar archie freddie alfie charlie
hans klaus jürgen juergen wolfgang dieter uwe günter guenter horst helmut gerhard werner manfred heinz rainer bernd frank stefan
andreas michael thomas markus martin matthias sebastian tobias florian johannes lukas jan tim jonas felix maximilian niklas finn
leon paul ben elias moritz philipp christoph torsten sven jörg joerg ralf dirk holger volker heike sabine petra monika ursula
karin brigitte renate gisela ingrid claudia susanne birgit andrea stefanie julia katrin anja nicole sandra melanie kerstin
silke tanja lena lea laura sophie marie hannah leonie emilia johanna annika franziska
jean pierre michel philippe alain nicolas christophe patrick françois francois laurent éric frédéric frederic olivier thierry
sébastien sebastien julien stéphane stephane pascal david vincent jérôme jerome guillaume antoine mathieu maxime hugo louis
lucas théo theo nathan marie nathalie isabelle sylvie catherine françoise francoise valérie valerie sandrine christine véronique
veronique céline celine claire claude hélène helene marion pauline margaux agathe sophie camille chloé chloe manon inès ines léa lea émilie emilie aurélie aurelie juliette élodie elodie
carlos luis javier miguel antonio manuel francisco pedro pablo alejandro diego sergio jorge raúl raul fernando ramón ramon
marco giuseppe giovanni luca francesco alessandro matteo andrea lorenzo stefano roberto paolo carmen lucia elena sofia giulia
francesca chiara valentina martina isabel rosa ana beatriz joão joao tiago rui
pieter jeroen sander bram daan lars erik anders nils johan sven magnus björn bjorn ingrid astrid sigrid karin
piotr krzysztof tomasz paweł pawel marcin michał michal katarzyna agnieszka magdalena anna ewa
mehmet mustafa ahmet ali hüseyin huseyin murat ayşe ayse fatma emine elif zeynep
mohammed mohamed muhammad ahmed ahmad omar hassan hussein khalid youssef yusuf ibrahim abdullah karim tariq reza amir
fatima aisha layla leila mariam maryam nour zahra
hiroshi takashi kenji yuki haruto sota yuto ren hinata daiki takumi kazuki shota ryota satoshi akira hiroki naoki kenta yusuke
yuko yumi keiko akiko naoko tomoko sakura yui aoi hina miyu
wei fang ming li jun hui jing lei yan xin hao tao chen bin yong jie ying mei ling qiang
raj rahul amit priya anita sunita vijay sanjay arjun ravi deepak
ivan dmitri dmitry sergei sergey alexei alexey andrei andrey mikhail nikolai vladimir olga natalia tatiana svetlana irina elena
ava isla amelia callum megan liam ethan mason lily evie freya poppy imogen harriet rhys owen
lucía álvaro sofía íñigo nuria rubén begoña andrés martín daniela paula alba irene marta cristina raquel rocío pilar montserrat jordi oriol
gonzalo ignacio rodrigo adrián mercedes inmaculada
niccolò federica gianluca alessia davide ilaria pietro giorgio simone riccardo emanuele fabio elisa silvia serena alessandra federico tommaso
daan sanne femke joris lotte thijs anouk sjoerd marloes wouter ilse bas ruben niels koen maarten lieke iris fleur esther
paweł małgorzata łukasz grzegorz zofia wojciech joanna ewelina marek jacek dariusz barbara dorota beata aleksandra monika justyna
théo hélène jérôme loïc benoît mathilde adrien baptiste clément quentin romain thibault océane
jürgen jörg ute bärbel gudrun hartmut
`;

const SURNAME_LATIN = `
smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson anderson thomas taylor
moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis robinson walker young allen king wright scott
torres nguyen hill flores green adams nelson baker hall rivera campbell mitchell carter roberts doe roe evans turner parker collins
edwards stewart morris murphy cook rogers morgan cooper peterson reed bailey bell kelly howard ward cox richardson wood watson
brooks bennett gray james hughes price sanders patel shah khan ali singh kumar
müller mueller schmidt schneider fischer weber meyer meier wagner becker schulz hoffmann schäfer schaefer koch bauer richter
klein wolf schröder schroeder neumann schwarz zimmermann braun krüger krueger hofmann hartmann lange schmitt werner schmitz
krause meier lehmann köhler koehler maier herrmann könig koenig walter huber kaiser fuchs peters lang scholz möller moeller
weiß weiss jung hahn vogel friedrich keller günther guenther frank berger winkler roth beck lorenz baumann franke albrecht
martin bernard dubois thomas robert richard petit durand leroy moreau simon laurent lefebvre michel garcia david bertrand roux
vincent fournier morel girard andré andre lefèvre lefevre mercier dupont lambert bonnet françois francois martinez legrand
garnier faure rousseau blanc guerin muller henry roussel nicolas perrin morin mathieu clement gauthier dumont lopez fontaine
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti costa silva santos ferreira pereira
oliveira rodrigues almeida fernandez gomez diaz jansen devries de vries bakker visser smit meijer mulder bos vos
andersson johansson karlsson nilsson eriksson larsson olsson persson hansen johansen nielsen jensen pedersen
nowak kowalski wiśniewski wisniewski wójcik wojcik kowalczyk kamiński kaminski lewandowski zieliński zielinski
yılmaz yilmaz kaya demir şahin sahin çelik celik yıldız yildiz öztürk ozturk aydın aydin
sato satou suzuki takahashi tanaka watanabe ito itou yamamoto nakamura kobayashi kato katou yoshida yamada sasaki yamaguchi
matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto ishikawa ogawa okada goto hasegawa murakami kondo
wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang kim park choi jung kang
ivanov petrov sidorov smirnov kuznetsov popov sokolov lebedev kozlov novikov morozov volkov
`;

// Native-script names (Japanese kanji, kana; Chinese Han; Cyrillic).
const SURNAME_NATIVE = `佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 清水 山崎 森 阿部 池田 橋本 山下 石川 中島 前田 藤田 小川 後藤 岡田 長谷川 村上 近藤 石井 斎藤 坂本 遠藤 青木 藤井 西村 福田 太田 三浦 藤原 岡本 松田 中川
王 李 张 張 刘 劉 陈 陳 杨 楊 黄 黃 赵 趙 吴 吳 周 徐 孙 孫 马 馬 朱 胡 郭 何 高 林 罗 羅 郑 鄭 梁
Иванов Петров Сидоров Смирнов Кузнецов Попов Соколов Лебедев Козлов Новиков Морозов Волков Иванова Петрова Смирнова Кузнецова`;

const GIVEN_NATIVE = `太郎 一郎 健 翔 大輔 拓也 直樹 浩 誠 隆 花子 陽子 恵子 裕子 美咲 さくら ゆい はると
健太 翔太 由美 直子 浩二 陽菜 健一 修 剛 真由美 明美 智子 香織 結衣 蓮 陽翔 大翔 美穂 久美子
Иван Дмитрий Сергей Алексей Андрей Михаил Николай Владимир Ольга Наталья Татьяна Светлана Ирина Елена Анна Мария
Александр Екатерина Павел Юлия Евгений Максим
Γιώργος Μαρία Νίκος Ελένη Δημήτρης Κατερίνα Κώστας Σοφία Γιάννης Παναγιώτης Βασίλης Αικατερίνη Χρήστος Αναστασία Ευάγγελος`;

function words(s: string): Set<string> {
  return new Set(s.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase()));
}

export const GIVEN_NAMES = new Set([...words(GIVEN_LATIN), ...words(GIVEN_NATIVE)]);
export const SURNAMES = new Set([...words(SURNAME_LATIN), ...words(SURNAME_NATIVE)]);
export const NATIVE_SURNAMES = SURNAME_NATIVE.split(/\s+/).filter((w) => /\p{Script=Han}/u.test(w));
