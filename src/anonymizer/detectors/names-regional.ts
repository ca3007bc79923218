// Common given names and surnames of Central/Northern/South-Eastern Europe, Greece, Hungary,
// Vietnam, Indonesia, Ukraine/Russia, Turkey, Israel and Thailand, in native script and as
// exports write them (diacritics kept; the lookups also try the folded form). Data only: like
// the rest of the gazetteer they confirm a shape, a slot or a title, never a word on its own.

export const REGIONAL_GIVEN = `
jan jiří jiri petr josef pavel martin tomáš tomas jaroslav miroslav zdeněk zdenek václav vaclav michal karel milan vladimír vladimir lukáš lukas david jakub ondřej ondrej radek přemysl premysl vojtěch vojtech
jana marie eva hana anna lenka kateřina katerina věra vera lucie alena petra veronika jaroslava tereza martina michaela zuzana markéta marketa monika ludmila dagmar šárka sarka božena bozena zdeňka zdenka
mika juha timo matti kari antti jukka mikko jari pekka heikki markku ville janne sami tuomas onni eino väinö vaino aatos lauri
tuulikki aino helmi kaarina marjatta anneli hannele päivi paivi riikka satu sari tiina minna johanna heidi outi pirkko sirpa tarja merja
søren soren niels jens henrik mads rasmus mikkel frederik anders jesper morten kasper poul knut håkon hakon sindre eirik vegard øystein oystein torbjørn torbjorn bjørn bjorn
signe mette hanne lone birgitte camilla sofie freja ida astrid ingrid kari solveig sigrid ragnhild silje ingeborg tone turid hege marit randi
γιώργος γιωργος δημήτρης δημητρης κωνσταντίνος κωνσταντινος γιάννης γιαννης νίκος νικος παναγιώτης παναγιωτης χρήστος χρηστος βασίλης βασιλης αθανάσιος αθανασιος χαράλαμπος χαραλαμπος σπυρίδων σπυριδων ευάγγελος ευαγγελος
μαρία μαρια ελένη ελενη αικατερίνη αικατερινη βασιλική βασιλικη σοφία σοφια αγγελική αγγελικη δέσποινα δεσποινα γεωργία γεωργια παναγιώτα παναγιωτα ειρήνη ειρηνη
giorgos dimitris konstantinos giannis nikos panagiotis christos vasilis athanasios charalampos spyridon evangelos despoina eleni aikaterini vasiliki sofia angeliki
 ioan gheorghe vasile constantin mihai andrei alexandru florin marian cristian ionuț ionut adrian sorin bogdan răzvan razvan cătălin catalin ștefan stefan
elena ioana mihaela andreea cristina daniela gabriela luminița luminita mirela simona alina roxana florentina georgiana nicoleta irina
lászló laszlo istván istvan józsef jozsef jános janos zoltán zoltan sándor sandor gábor gabor ferenc attila péter peter tamás tamas tibor zsolt csaba imre gyula levente bence
erzsébet erzsebet katalin ilona éva zsófia zsofia mária andrea judit ágnes agnes krisztina eszter zsuzsanna anikó aniko márta marta ildikó ildiko enikő eniko réka reka
 tuan linh trang hương huong thảo thao ngọc ngoc phương phuong hằng
budi agus slamet joko bambang andi dedi hendra rudi wahyu yudi dewi siti wahyuni ratna fitri indah rina lestari kartika sekar
олександр олексій андрій сергій дмитро іван тарас богдан петро микола володимир юрій ярослав
олена ірина наталія оксана тетяна юлія марія ярина соломія катерина людмила світлана
александр сергей дмитрий андрей алексей максим иван михаил николай владимир всеволод ярослав
елена ольга наталья татьяна ирина екатерина светлана мария анна любовь людмила юлия
adam piotr krzysztof andrzej tomasz paweł pawel michał marcin grzegorz jakub łukasz lukasz mateusz wojciech
małgorzata malgorzata agnieszka katarzyna barbara ewa krystyna magdalena joanna aleksandra dorota beata bożena
umut yağmur yagmur zeynep elif ayşe ayse emine gizem büşra busra tuğba tugba ebru kübra kubra berk barış baris onur serdar uğur ugur
אביגיל עומרי נועה שירה יעל תמר מיכל מאיה אורי איתי יונתן עידו נדב אלון רועי
สมชาย สมศักดิ์ วีระ ธนพล ประเสริฐ สุชาติ วิชัย อนันต์ กาญจนา สมหญิง นภา มาลี วรรณา สุภาพร ปิยะ ศิริพร
`;

export const REGIONAL_SURNAMES = `
novák novak svoboda novotný novotny dvořák dvorak černý cerny procházka prochazka kučera kucera veselý vesely horák horak němec nemec pokorný pokorny pospíšil pospisil hájek hajek jelínek jelinek král kral růžička ruzicka beneš benes fiala sedláček sedlacek
nováková novakova svobodová svobodova novotná novotna dvořáková dvorakova černá cerna procházková prochazkova kučerová kucerova veselá vesela horáková horakova šťastný stastny šťastná stastna
korhonen virtanen mäkinen makinen nieminen mäkelä makela hämäläinen hamalainen laine heikkinen koskinen järvinen jarvinen lehtonen lehtinen saarinen salminen heinonen niemi heikkilä heikkila kinnunen salonen turunen salo laitinen tuominen rantanen karjalainen jokinen mattila savolainen lahtinen ahonen kärkkäinen karkkainen hyvärinen hyvarinen väisänen vaisanen
nielsen jensen hansen pedersen andersen christensen larsen sørensen sorensen rasmussen jørgensen jorgensen petersen madsen kristensen olsen thomsen christiansen poulsen johansen møller moller mortensen søndergaard sondergaard østergaard ostergaard
johansen olsen larsen andersen pedersen nilsen kristiansen jensen karlsen johnsen pettersen eriksen berg haugen hagen johannessen andreassen jacobsen dahl jørgensen halvorsen henriksen lund sørensen solberg bakke moen
παπαδόπουλος παπαδοπουλος βλάχος βλαχος αγγελόπουλος αγγελοπουλος νικολαΐδης νικολαιδης γεωργίου γεωργιου παπαγεωργίου παπαγεωργιου οικονόμου οικονομου παπαδάκης παπαδακης
papadopoulos vlachos angelopoulos nikolaidis georgiou papageorgiou oikonomou papadakis
popescu ionescu popa radu dumitru stoica gheorghe matei ciobanu constantin rusu mihai munteanu lazăr lazar niculescu dumitrașcu dumitrascu
nagy kovács kovacs tóth toth szabó szabo horváth horvath varga molnár molnar németh nemeth farkas balogh papp takács takacs juhász juhasz lakatos mészáros meszaros oláh olah rácz racz szilágyi szilagyi török torok fehér feher

santoso wijaya kusuma hidayat saputra nugroho siregar hutapea simanjuntak sitompul nasution harahap lubis pratama wibisono sutrisno setiawan gunawan susanto
шевченко бондаренко коваленко бойко ткаченко кравченко коваль олійник шевчук поліщук мельник кравчук гнатюк лисенко ющенко
иванов смирнов кузнецов попов васильев петров соколов михайлов новиков федоров морозов волков голубев
nowak kowalski wiśniewski wisniewski wójcik wojcik kowalczyk kamiński kaminski lewandowski zieliński zielinski szymański szymanski woźniak wozniak dąbrowski dabrowski kozłowski kozlowski jankowski mazur wojciechowski kwiatkowski krawczyk grabowski grabowska wróblewski wroblewski pietrzak
kowalska wiśniewska wisniewska wójcik lewandowska zielińska zielinska szymańska szymanska dąbrowska dabrowska
öztürk ozturk şahin sahin akın akin erdoğan erdogan güneş gunes bulut tekin keskin ateş ates
כהן לוי מזרחי פרץ ביטון דהן אברהם פרידמן אזולאי כץ
`;

// Thai given names, written before the surname with a space; Thai surnames are long and rarely shared.
export const TH_GIVEN = new Set(
  'สมชาย สมศักดิ์ สมพงษ์ สมหญิง สมพร วีระ วิชัย ธนพล ธนวัฒน์ ประเสริฐ สุชาติ อนันต์ ชัยวัฒน์ ณัฐพล กิตติ พงศกร ศุภชัย กาญจนา นภา มาลี วรรณา สุภาพร ปิยะ ศิริพร สุดารัตน์ อรุณี รัตนา จันทร์เพ็ญ ปราณี'.split(' '),
);
// Vietnamese family names (most Vietnamese share a handful), written first.
export const VI_SURNAMES = new Set('nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trương đoàn lương mai'.split(' '));
// Folded forms that are also words elsewhere ("Le", "Ho", "Mai") need a Vietnamese middle name after them.
export const VI_SURNAMES_FOLDED = new Set('nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong doan luong mai'.split(' '));
export const VI_MIDDLE = new Set('văn van thị thi đức duc ngọc ngoc minh thu quốc quoc thanh hồng hong hữu huu xuân xuan kim'.split(' '));
