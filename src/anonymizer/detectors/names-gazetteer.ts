import { REGIONAL_GIVEN, REGIONAL_SURNAMES } from './names-regional';
import { WORLD_GIVEN, WORLD_SURNAMES } from './names-world';

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
const SURNAME_NATIVE = `渡邊 渡邉 齋藤 齊藤 斉藤 髙橋 五十嵐 大久保 小松 荒木 熊谷 浅野 松岡 小山 中山 石原 大西 水野 小池 西田 藤本 関 谷口 堀 平田 本田 久保田 上野 古川 大橋 佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 清水 山崎 森 阿部 池田 橋本 山下 石川 中島 前田 藤田 小川 後藤 岡田 長谷川 村上 近藤 石井 斎藤 坂本 遠藤 青木 藤井 西村 福田 太田 三浦 藤原 岡本 松田 中川
金子 和田 高田 木下 杉本 浜田 島田 高野 安田 中田 飯田 沢田 岩田 中西 川上 田口 山中 森本 土屋 矢野 広瀬 秋山 松浦 吉岡 馬場 野田 小沢 田辺 川村 黒田 尾崎 望月 永田 内藤 松村 西山 大谷 平井 岩本 片山 本間 早川 横田 荒井 大石 鎌田 小田 石橋 篠原 大沢 小西 栗原 伊東 松原 三宅 大森 奥村 内山 片岡
宮崎 宮本 宮田 菊地 菊池 千葉 大野 久保 野口 松尾 小島 桑原 原田 松井 野村 菅原 武田 上田 杉山 村田 増田 小野 田村 竹内 中野 桜井 北村 安藤 酒井 工藤 横山 宮下 大塚 平野 河野 石田 今井 高木 内田 丸山 市川 森田 柴田 須藤 吉川 吉村 西川 新井 渡部 樋口 岩崎 永井 星野 松下 川口 岡崎 服部 佐野 山内 榎本
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

// Romanised and native-script names of further regions (most common given names and surnames:
// TR, PT/BR, SE, IL, Arab states, IN, KR, CN). Used with name shape or position, never alone.
const GIVEN_MORE = `
mehmet mustafa ahmet hasan ismail osman yusuf murat ömer omer emre burak oğuz oguz cem kerem serkan volkan hakan kemal selin gülşen gulsen esra merve özlem ozlem hatice meryem deniz
joão joao josé jose antônio antonio francisco paulo lucas luiz luís rafael marcelo bruno eduardo felipe gonçalo goncalo diogo thiago fernanda juliana márcia marcia patrícia patricia aline letícia leticia mariana camila larissa inês
lars johan nils mikael olof gustav oskar axel birgitta elin maja linnea ebba saga erik anders ingrid astrid sigrid
moshe yosef avraham yaakov yitzhak itai avi noa tamar shira michal yael maya ori eitan noam yonatan ido dana hila inbal orit ronit
yossi yossef moti kobi dudi avner gilad oren asaf erez yuval lior liron omer eyal nir boaz ofer doron dror shlomo chaim haim meir ariel tali sigal keren liat yifat efrat hadas limor galit revital shani
mohammed mohamed ahmed ahmad khalid youssef yousef ibrahim abdullah mariam fatima fatma noura nora layla laila leila aisha sara huda reem amal lina rana mona hind salma zainab khadija faisal sultan nasser fahad saud majid walid hani rami ziad tariq omar hassan hussein
rahul amit vikas sanjay rajesh suresh ramesh anil sunil vijay arjun rohan aditya priya pooja anjali neha sneha kavita sunita anita deepika ravi raj
minjun min-jun seoyeon seo-yeon jiho ji-ho jimin ji-min hyunwoo hyun-woo doyun do-yun yeeun ye-eun haeun ha-eun jiwoo ji-woo seojun seo-jun jiyeon ji-yeon sooyoung soo-young
xiuying haiyan zhiqiang jianhua junjie lijuan guoqiang xiaoming xiaohong yuxuan zihan
`;
const SURNAME_MORE = `
yılmaz yilmaz kaya demir şahin sahin çelik celik yıldız yildiz yıldırım yildirim öztürk ozturk aydın aydin özdemir ozdemir arslan doğan dogan kılıç kilic aslan çetin cetin kara koç koc kurt özkan ozkan şimşek simsek polat korkmaz
silva santos oliveira souza sousa rodrigues ferreira alves pereira lima gomes costa ribeiro martins carvalho almeida lopes soares fernandes vieira barbosa rocha dias nascimento andrade moreira nunes marques machado mendes freitas cardoso ramos gonçalves goncalves santana teixeira araújo araujo pinto magalhães magalhaes albuquerque figueiredo
svensson gustafsson pettersson jonsson jansson hansson bengtsson jönsson jonsson lindberg jakobsson magnusson lindström lindstrom olofsson lindqvist lindgren axelsson bergström bergstrom lundberg lundgren lundqvist mattsson berglund fredriksson sandberg henriksson forsberg sjöberg sjoberg wallin engström engstrom eklund danielsson lundin håkansson hakansson holmgren åkesson akesson nyström nystrom
cohen levi levy mizrahi peretz perez biton dahan avraham friedman malka azoulay katz amar ohana hadad gabay shapira
haddad khalil mansour nasser saleh al-ahmad alahmad al-qahtani alqahtani al-otaibi alotaibi al-zahrani alzahrani al-shammari alshammari al-harbi alharbi al-ghamdi alghamdi al-dosari aldosari al-khatib alkhatib al-husseini alhusseini
sharma verma gupta singh kumar patel yadav mishra chauhan joshi reddy rao nair iyer mehta jain agarwal bhat pandey tiwari chaudhary malhotra kapoor
lee kim park choi jung jeong kang cho jo yoon yun jang lim im han oh seo shin kwon hwang ahn song jeon hong yoo
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang du ye cheng wei su lu ding ren shen yao
`;
for (const w of words(GIVEN_MORE)) GIVEN_NAMES.add(w);
for (const w of words(SURNAME_MORE)) SURNAMES.add(w);
// Particles of multi-word surnames ("de groot", "van der meulen") are not names on their own.
const PARTICLES = new Set('de da di du van von der den del la le'.split(' '));
for (const w of words(WORLD_GIVEN)) GIVEN_NAMES.add(w);
for (const w of words(WORLD_SURNAMES)) if (!PARTICLES.has(w)) SURNAMES.add(w);
for (const w of words(REGIONAL_GIVEN)) GIVEN_NAMES.add(w);
for (const w of words(REGIONAL_SURNAMES)) SURNAMES.add(w);

/**
 * Latin-script names as tools write them that drop letters outside ASCII instead of folding them
 * ("aydın" -> "aydn" in "aydn_emre_payslip.pdf"): only where another name word confirms them.
 */
export const ASCII_DROPPED_NAMES = new Set(
  [...GIVEN_NAMES, ...SURNAMES]
    .filter((w) => /^\p{Script=Latin}+$/u.test(w) && /[^\x00-\x7f]/.test(w))
    .map((w) => w.replace(/[^\x00-\x7f]/g, ''))
    .filter((w) => w.length >= 4),
);

/** Korean surnames, romanised (any case in text) and in Hangul. */
export const KO_SURNAMES_ROMAN = words('kim lee yi park choi jung jeong kang cho jo yoon yun jang chang lim im han oh seo shin kwon hwang ahn song jeon hong yoo ko moon yang son bae baek heo nam');
export const KO_SURNAMES_HANGUL = new Set('김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 고 문 손 배 백 허 남 유 노 하 곽 성 차 주 우 구 민 류 나 진 엄 채 원 천 방 공 현 함 변 염 양 여 추 석 설 길 연 표 명 반 왕 금 옥 육 맹 탁'.split(' '));
// Syllables common in Korean given names (two of them make most given names).
export const KO_GIVEN_SYLLABLES = new Set(
  '민 준 서 연 지 호 예 은 도 윤 하 현 우 수 영 진 경 희 혜 훈 동 재 승 태 형 석 철 용 주 원 유 빈 아 나 채 소 시 율 건 규 린 미 숙 순 혁 환 범 찬 웅 인 명 식 욱 종 섭 란 화 애 랑 향 보 선 정 성'.split(' '),
);
// Frequent Korean words of three syllables that fit the shape above.
export const KO_NOT_NAMES = new Set('안정성 이용자 정보원 조정은 강화된 신원은 정성은'.split(' '));
/** The most common Chinese surnames that are not also everyday words on their own. */
export const ZH_SURNAMES = new Set('王 李 张 張 刘 劉 陈 陳 杨 楊 黄 黃 赵 趙 吴 吳 徐 孙 孫 朱 胡 郭 何 林 罗 羅 郑 鄭 梁 谢 謝 宋 唐 韩 韓 冯 馮 邓 鄧 曹 彭 肖 董 袁 潘 蒋 蔣 蔡 杜 苏 蘇 魏 吕 呂 沈 姚 卢 盧 姜 崔 钟 鐘 谭 譚 陆 陸 汪 范 廖 贾 賈 韦 邹 鄒 孟 熊 秦 邱 尹 薛 闫 侯 贺 賀 顾 顧 郝 龚 龔 邵'.split(' '));
/** Characters common in Chinese given names. */
export const ZH_GIVEN_CHARS = new Set(
  '伟 偉 芳 娜 秀 英 敏 静 靜 丽 麗 强 強 磊 军 軍 洋 勇 艳 豔 杰 傑 娟 涛 濤 超 霞 刚 剛 桂 华 華 建 海 燕 志 俊 丹 萍 玲 红 紅 鹏 鵬 辉 輝 斌 飞 飛 宇 浩 凯 凱 鑫 欣 雪 梅 琳 婷 玉 兰 蘭 晶 晨 颖 穎 慧 佳 嘉 博 昊 宁 寧 亮 峰 波 云 雲 淑 凤 鳳 梓 涵 轩 軒 怡 睿 雨 思 晓 曉 莉 琴 倩 瑶 瑤 璐 婧 欢 歡 蕾 薇 菲 妍 彤 悦 悅 翔 鸣 鳴 毅 坤 彬 帅 帥 东 東 明 平 文 林 成 荣 榮 春 秋 龙 龍'.split(' '),
);
/** Given names in Arabic, Hebrew and Devanagari script; surnames in Devanagari. */
export const AR_GIVEN = new Set('محمد أحمد احمد علي عمر خالد يوسف إبراهيم ابراهيم حسن حسين عبدالله مصطفى سعيد سامي طارق فيصل سلطان ناصر فهد سعود ماجد وليد هاني كريم رامي زياد مريم فاطمة نورة نورا ليلى عائشة سارة هدى ريم أمل لينا رنا منى هند سلمى زينب خديجة عبدالرحمن عبدالعزيز عبدالله تركي بندر نايف مشعل نوف هيفاء منيرة لطيفة أسماء عبير'.split(' '));
// Arab family names without the article (the article-bearing ones are recognised by shape, see person.ts).
export const AR_SURNAMES = new Set('حداد منصور خليل صالح ناصر عيسى موسى داود سليمان عثمان جابر شحادة عودة نصار عباس قاسم حمدان سالم عواد مراد زيدان جرار نجار خوري بيطار حجازي يوسف'.split(' '));
// Article-bearing family names that do not end in the nisba ي.
export const AR_AL_SURNAMES = new Set('الخطيب الأحمد الاحمد السيد الشيخ الحسن الحسين العلي الصالح الناصر الخليل'.split(' '));
export const HE_GIVEN = new Set('דוד משה יוסף אברהם יעקב יצחק שמואל דניאל אבי איתי עומר נועם אורי יונתן מיכאל אריאל עידו רון גיא תמר נועה שירה מיכל יעל מאיה שרה רחל רבקה לאה אסתר חנה רות דנה הילה ענבל אורית רונית יוסי מוטי קובי דודי אבנר גלעד אורן אסף ארז יובל ליאור עמית אייל ניר בועז עופר דורון דרור שלמה חיים מאיר טלי סיגל קרן ליאת יפעת אפרת הדס לימור גלית רויטל שני'.split(' '));
export const HI_GIVEN = new Set('आकाश अभिषेक अजय अमन अंकित अनुज अरुण आशीष दीपक गौरव हर्ष करण कुणाल मनीष मनोज मोहित नवीन नितिन पंकज प्रकाश प्रदीप प्रशांत राजीव रोहित सचिन संदीप सौरभ शिवम सुमित तरुण विनोद विशाल विवेक योगेश विक्रम आरती अनु दिव्या गीता ज्योति काजल खुशी लक्ष्मी मधु मीना नेहा निशा प्रियंका राधा रेखा रितु साक्षी सीमा शालिनी श्वेता सोनिया सुमन स्वाति उषा वंदना राहुल अमित विकास संजय राजेश सुरेश रमेश अनिल सुनील विजय अर्जुन रोहन आदित्य प्रिया पूजा अंजलि नेहा स्नेहा कविता सुनीता अनीता दीपिका रवि'.split(' '));
export const HI_SURNAMES = new Set('चौधरी श्रीवास्तव बनर्जी चटर्जी मुखर्जी घोष दास बोस पाठक त्रिपाठी दुबे द्विवेदी चतुर्वेदी सक्सेना अरोड़ा भाटिया खन्ना सेठी बंसल गोयल मित्तल सिन्हा ठाकुर राठौर सेन नायडू पिल्लई मेनन शर्मा वर्मा गुप्ता सिंह कुमार पटेल यादव मिश्रा चौहान जोशी रेड्डी राव नायर मेहता शाह जैन अग्रवाल पांडे तिवारी'.split(' '));
/** Chinese two-character surnames (欧阳, 诸葛, …), simplified and traditional. */
export const ZH_COMPOUND_SURNAMES = new Set('欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 东方 東方 皇甫 令狐 慕容 夏侯 尉迟 尉遲 公孙 公孫 长孙 長孫 宇文 司徒 端木 独孤 獨孤 南宫 南宮 西门 西門 轩辕 軒轅 钟离 鍾離 澹台 濮阳 濮陽 申屠 太史 闻人 聞人 呼延 万俟 百里 东郭 東郭'.split(' '));
/** Korean two-syllable surnames (남궁, 황보, …). */
export const KO_COMPOUND_SURNAMES = new Set('남궁 황보 제갈 선우 독고 사공 서문 동방 어금 망절'.split(' '));
for (const w of words(REGIONAL_GIVEN)) if (/\p{Script=Hebrew}/u.test(w)) HE_GIVEN.add(w);
