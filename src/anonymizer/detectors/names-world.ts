// Common given names and surnames of further cultures, romanised as they appear in Latin-script
// exports (diacritics kept; the lookups also try the folded form). Like the rest of the
// gazetteer they only confirm a name that a shape, a slot or a person word already suggests.
// Names that are ordinary English words or vendor, product and malware names ("Hope", "Juniper",
// "Ryuk") are left out: the common US, UK and Australian given names and census surnames below were
// checked against an English word list, and place and brand names ("Houston", "Norton") taken out.

export const WORLD_GIVEN = `
aoife caoimhe siobhán siobhan niamh saoirse ciara aisling orla róisín roisin sinéad sinead gráinne grainne clodagh eimear máire maire bríd brid deirdre
cian oisín oisin ciarán ciaran pádraig padraig seán eoin darragh cathal fionn ruairí ruairi tadhg diarmuid donal colm éamonn eamonn lorcan
rhiannon cerys dafydd emrys iwan gareth rhys bronwen alasdair ailsa morag hamish fergus angus catriona eilidh mhairi ewan
imogen rupert barnaby crispin jasper felicity penelope rosalind beatrix cordelia clementine horatio ambrose alistair percival reginald cedric
edmund godfrey humphrey nigel quentin rowena tristan winifred gwendolyn matilda phoebe cressida lavinia octavia theodora wilfred bertram archibald
lukas elias emil anton jakob moritz niklas fabian dominik marcel jens heiko jörn joern ulf ingo knut gerd reinhard siegfried lothar wilfried eberhard
egon erwin friedrich gottfried konrad ludwig otto rudolf walter wilhelm kurt herbert hermann karl heinrich ernst fritz gustav alfred bernhard detlef
jochen joachim norbert reinhold roland rüdiger ruediger ulrich winfried wolfram malte hauke jannik janina carina bettina christiane cornelia dagmar
doris elke gabriele gerda hannelore helga hildegard irmgard jutta liselotte marianne rosemarie sieglinde ulrike waltraud wiebke anke antje britta
frauke gesine imke maike meike lotta frieda greta mathilda luisa amelie svenja verena kunigunde gertrud edeltraud irmtraud
léa manon chloé camille inès zoé louise ambre romane léna louna margaux océane anaïs anais élise lucie justine cécile cecile brigitte colette
geneviève genevieve ginette josiane martine micheline monique odette paulette solange yvette yvonne gisèle gisele huguette mireille bérénice berenice
clémence clemence capucine apolline héloïse heloise solène solene maëlle maelle
raphaël raphael mathis timéo timeo florian kévin jérémy jeremy aurélien aurelien sylvain damien cédric cedric fabien ludovic arnaud bertrand didier
gérard gerard gilles hervé herve jacques joël joel lionel marcel patrice régis regis rené rene serge yves yannick gaëtan gaetan
honoré honore gaspard achille aristide lucien émile emile armand
iker iñaki inaki aitor unai asier gorka xabier mikel ander eneko julen joseba koldo txema ainhoa maite itziar nerea leire
amaia garazi idoia izaskun arantxa edurne ximena guadalupe araceli consuelo encarnación encarnacion milagros asunción asuncion esperanza soledad
dolores concepción concepcion rosario lourdes macarena yolanda valeria florencia agustina camila santiago matías matias nicolás joaquín
joaquin tomás ignacio benjamín emiliano sebastián esteban gustavo hernán hernan ramiro
gianfranco pierluigi piergiorgio giancarlo gianni nicola daniele cristian filippo giacomo salvatore vincenzo
domenico raffaele gennaro carmine pasquale ciro massimo maurizio claudio franco luigi aurora ginevra giorgia beatrice greta alessia roberta
antonella caterina rosaria concetta assunta immacolata carmela nunzia loredana patrizia raffaella donatella manuela marisa
rosângela rosangela conceição conceicao joaquim gonçalo sebastião sebastiao leandro rodrigo vinícius
vinicius gustavo guilherme matheus caio renato júlio julio wellington wanderley francisca raimunda antônia sueli sônia sonia vera lúcia
thaís thais gabriela beatriz vitória vitoria luana jaqueline adriana simone rosana fabiana cristiane
gerrit ineke marijke lieke wim henk kees joost bart ruud hendrik jeroen pieter femke sanne marloes anouk esmee maud floor roos jasmijn
märta marta linnéa linnea åsa asa ingvar sten gunnar bertil göran goran torbjörn torbjorn ulla birgit kerstin solveig gunilla
agneta margareta ingrid britt karin elsa alva vera saga wilma ebba tuva nils håkan hakan per pelle kjell leif sigurd
aino eino onni väinö vaino juha jukka pekka matti mikko antti sanna päivi paivi tuula ritva riitta kirsi
sigurður sigurdur guðrún gudrun jón jon ólafur olafur björk bjork þóra thora helga
przemysław przemyslaw grażyna grazyna bożena bozena halina jadwiga krystyna wiesław wieslaw zbigniew stanisław stanislaw bogdan kazimierz
tadeusz mirosław miroslaw czesław czeslaw bogusław boguslaw jarosław jaroslaw radosław radoslaw mieczysław mieczyslaw urszula danuta wanda
elżbieta elzbieta teresa irena genowefa stefania
zsófia zsofia katalin ildikó ildiko erzsébet erzsebet gyula zoltán zoltan lászló laszlo istván istvan ferenc tamás tamas péter
ioana andreea mihaela alexandru ionuț ionut mihai bogdan dragoș dragos radu
ioannis giorgos georgios dimitrios konstantinos nikolaos panagiotis vasileios christos athanasios eleni katerina vasiliki sofia despina
yaroslav stanislav vyacheslav anatoly anatoliy gennady gennadiy valentina
galina tamara larisa oksana yevgenia evgenia nadezhda lyubov zoya alla raisa
aizhan aruzhan dana dinara gulnara zhanna yerlan aidos askar bakhyt daulet yerzhan kairat timur rustam farrukh dilnoza gulnora
adebayo adewale ayodele babatunde folasade funmilayo olumide titilayo yetunde chinedu chidi chiamaka
ngozi obinna uchenna ifeoma emeka chukwuemeka kelechi amaka nomvula sipho themba lindiwe zanele bongani nokuthula
kwame kofi kwabena akosua abena ama yaw ekow wanjiru wanjiku otieno achieng njeri kamau amani baraka zawadi imani
malia
pema dorje sonam tashi karma dolma ngawang jigme

anh minh linh huong thao trang hieu tuan quang duc hung
haruto sota yuto hinata riku haruki yamato shohei kaito ren daiki takumi tsubasa yuma koki shun sho ryo kazuya masato nobuyuki yoshiro shinji
tomoya yuka ayaka misaki haruka nanami mai rina saki emi kana kaori megumi mayumi noriko
fatimah noura reem dana huda asma bushra dalal ghada hanan lubna maha muna nada nawal raghad rawan salwa samar shatha widad
abdulaziz abdulrahman abdullah faisal turki bandar nawaf saad mishal hamad rashid saif zayed mansour
vikram anurag abhishek akash ankit ashish gaurav karan manish nikhil pranav rohit sachin saurabh siddharth varun yash
lakshmi aishwarya divya kavya nandini pallavi shreya swati tanvi aarti rekha savita usha geeta
aarav aditya akshay anand anjali ankita anupam arun ashok asha bhavna chetan deepa deepika dinesh gautam girish gopal harish hema hemant
jayant jyoti kalpana kamal kavita kavitha kiran krishna kunal mahesh manoj meena meenakshi mohan mukesh naresh neha nisha nitin padma pooja
pradeep pramod prasad praveen preeti priyanka rajesh rajiv rakesh ramesh ranjit ritu sandeep sangeeta sanjeev santosh sarita satish seema
shalini shankar shilpa shobha shweta smita sneha subhash sudha sudhir sumit sunil suresh sushma uday uma vandana varsha venkat venkatesh
vidya vikas vinay vinod vishal yogesh srinivas balaji murali ganesh karthik senthil prabhu ramya harini lalitha revathi saranya shanthi
farah ayesha imran irfan salman sameer shabana zainab nasreen rukhsana

abby adrian aidan alexa alexis alicia alison allison alyssa andre angelica angie annie ariana ashlee ashleigh aubrey audrey
barry beth bethany bianca blake bradley brayden brendan brett bridget brody bryce caitlin caleb candice carla carly casey cassandra
cassidy chelsea cheyenne chris cody colby connor corey courtney craig curtis darren darryl debbie derek desiree devin dominic
donovan duncan dustin dwayne eddie erica erin evan faye felicia fiona gavin gemma gina glenn gordon greg haley hailey hayden heidi
ian isaac jackie jaden jaime jake jamal jamie jared jeanette jeff jenna jillian jim jocelyn jodi johnny jon jonah
julian kaitlyn kara kasey katie kayla kaylee kelsey kendra kenny kerry kirsty krista kristen kristin kristina kristy lachlan lacey
latoya leah leanne lindsay lindsey lorraine luke lydia mackenzie mandy marcus mario marissa mathew maureen melinda meredith molly
monica nadia naomi natasha neil nina norma paige phil phillip preston rachael randall renee ricardo ricky riley robbie rodney
ronnie sabrina sam shane shannon shaun shawn sheila shelby shelley sonya stacey stacy stanley stuart tammy tania tanya tara
terrence theresa tiffany tina toby todd tommy tracey tracy trent trevor vanessa veronica wendy wesley whitney zach zoe
bryony jemma hollie kian kieran declan jayden ollie reuben ronan rory tyrone jermaine deshawn latisha tanisha keisha darnell
jarrah kirra tahlia bronte fletcher harrison hudson ned jed tegan shae brodie mitchell travis
`;

export const WORLD_SURNAMES = `
o'brien obrien o'connor oconnor o'sullivan osullivan walsh byrne o'neill oneill doyle mccarthy gallagher doherty kennedy lynch quinn mclaughlin
carroll connolly daly brennan dunne fitzgerald kavanagh nolan duffy farrell keane reilly macdonald fraser mackenzie sutherland cameron griffiths
llewellyn pritchard pugh vaughan
schulze schuster böhm boehm kraus schumacher krämer kraemer vogt jäger jaeger seidel brandt haas schreiber schulte dietrich ziegler kuhn kühn
kuehn pohl engel busch bergmann voigt sauer arnold wolff pfeiffer lindner ebert brückner brueckner hesse kessler schubert
lefèvre leroy moreau girard guérin guerin boyer chevalier gautier masson marchand duval denis meunier brun blanchard giraud joly rivière riviere
brunet gaillard barbier renard leroux colin vidal caron picard fabre aubert lemoine renaud dumas lacroix bourgeois leclerc rolland lecomte dupuy
guillot hubert carpentier dupuis moulin deschamps huet vasseur boucher fleury royer jacquet poirier marty aubry guyot charpentier ménard menard
maillard bertin bailly collet léger leger bouvier prévost prevost millet perrot cousin germain breton besson langlois pelletier lebrun marchal
mallet hamon boulanger monnier michaud guichard gillet chauvin bouchet humbert reynaud perret barthélemy barthelemy cordier pichon lejeune lamy
delaunay pasquier carlier laporte
fernández fernandez gonzález rodríguez lópez martínez sánchez pérez gómez jiménez jimenez ruiz hernández díaz moreno muñoz munoz álvarez alvarez
romero alonso gutiérrez gutierrez navarro domínguez dominguez vázquez vazquez ramírez serrano molina morales suárez suarez ortega delgado castro
ortiz rubio marín marin sanz núñez nunez iglesias medina garrido cortés cortes castillo lozano guerrero cano prieto méndez mendez calvo gallego
márquez marquez herrera peña pena cabrera campos vega fuentes carrasco caballero reyes aguilar pascual herrero montero hidalgo giménez gimenez
ibáñez ibanez ferrer durán duran benítez benitez vargas arias carmona crespo pastor soto sáez saez velasco moya soler parra esteban bravo gallardo
rojas etxeberria aguirre goikoetxea ibarra urquijo olaizola mendizábal mendizabal larrañaga larranaga uriarte garmendia
elizondo azcona
russo esposito ricci marino greco mancini giordano rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso ferrara galli martini
leone longo gentile martinelli vitale lombardo serra coppola marchetti parisi ferraro ferri fabbri marini grasso valentini messina gatti
pellegrini palumbo sanna farina rizzi monti cattaneo morelli amato silvestri mazza grassi pellegrino carbone giuliani benedetti barone rossetti
caputo montanari palmieri bernardi fiore ferretti bellini basile riva donati piras vitali battaglia sartori neri costantini milani pagano ruggiero
sorrentino orlando negri
nascimento moura campos cunha melo monteiro pires reis matos fonseca guimarães
guimaraes siqueira brandão brandao coelho leite
de groot van dijk bakker janssen de boer mulder de graaf van der meulen van den berg dekker brouwer kok vermeulen peeters hendriks van leeuwen
vink postma boersma
lindqvist nordenskiöld nordenskiold grönvall gronvall sundberg ekström ekstrom sjögren sjogren holm dahl lund berg strand
virtanen korhonen mäkinen makinen nieminen hämäläinen hamalainen laine heikkinen koskinen järvinen jarvinen lehtonen
jónsson jonsson gunnarsson ólafsson olafsson
wróblewski wroblewski kaczmarek mazur krawczyk piotrowski grabowski pawłowski pawlowski michalski zając zajac król krol jabłoński jablonski
wieczorek majewski olszewski stępień stepien dudek malinowski jaworski adamczyk dąbrowski dabrowski ostrowski

kovács kovacs nagy tóth toth szabó szabo horváth horvath varga kiss molnár molnar németh nemeth farkas balogh
popescu ionescu popa stan dumitru stoica gheorghe matei
papadopoulos papadakis georgiou nikolaidis karagiannis vlachos konstantinidis
novikov morozova sokolova volkova lebedeva kozlova orlov pavlov fedorov
okafor adebayo babatunde ogunleye eze obi nkosi ndlovu mthembu khumalo zulu mokoena mensah owusu
boateng asante kamau otieno mwangi ochieng
tokayev



nguyen tran le pham hoang phan vu dang bui do ngo duong ly
ando kaneko fujii nishimura fukuda ota miura fujiwara okamoto matsuda nakagawa nakano harada ono tamura takeuchi kaneko
al-harbi al-dossary al-mutairi almutairi al-anazi alanazi al-shehri alshehri al-zahrani
kulkarni bhattacharya banerjee chatterjee mukherjee ghosh das sen bose iyengar pillai menon naidu chaudhuri
iyer venkatesan krishnan subramanian raghavan srinivasan natarajan ramachandran deshpande deshmukh joshi kapoor malhotra saxena trivedi
agarwal bhatt desai gandhi mehta nair reddy sharma verma gupta patil pandey tiwari yadav chauhan thakur rathore mishra dubey
henderson washington jefferson robertson hamilton graham wallace cole hayes bryant gibson ellis stevens
murray marshall owens harrison fernandes kennedy alexander crawford henry boyd
dixon ramos reyes gordon shaw holmes robertson daniels palmer nichols ferguson
hawkins dunn perkins hudson spencer stephens payne matthews arnold wagner willis watkins olson
carroll duncan snyder cunningham bradley andrews ruiz harper riley armstrong greene lawrence elliott
chavez austin kelley franklin lawson ryan schmidt carr vasquez castillo chapman oliver montgomery richards
williamson johnston meyer mccoy howell morrison hansen garza harvey burton stanley george jacobs reid
gilbert romero larson frazier burke hanson mendoza moreno medina fowler hoffman carlson silva pearson holland
douglas fleming jensen vargas byrd davidson hopkins herrera soto walters curtis neal caldwell lowe jennings barnett
jimenez horton shelton barrett obrien castro sutton gregory mckinney lucas craig rodriquez holt lambert fletcher
rhodes pena newman haynes mcdaniel mendez vaughn dawson santiago norris steele
schultz guzman munoz keller weber leonard walsh lyons ramsey wolfe schneider mullins benson bowen daniel
cummings hines baldwin griffith valdez hubbard salazar warner stevenson burgess santos tate mann mack
thornton dennis mcgee delgado aguilar vega glover cohen harmon rodgers robbins todd blair higgins ingram reese
strickland townsend goodwin walton rowe ortega patton swanson joseph francis goodman maldonado yates becker
erickson hodges rios conner adkins webster norman malone hammond cobb quinn blake maxwell floyd osborne paul mccarthy
guerrero lindsey estrada sandoval gibbs tyler fitzgerald doyle sherman saunders alvarado greer padilla simon
nunez ballard schwartz mcbride christensen klein pratt briggs mclaughlin zimmerman buchanan moran copeland
roy pittman brady mccormick holloway brock poole logan owen wong jefferson morton abbott patrick clayton massey lloyd figueroa carson roberson barton tran harrington casey boone cortez clarke mathis wilkins
cain bryan underwood mckenzie luna phelps mcguire allison wilkerson nash atkins wilcox pitts conley marquez
burnett richard cochran ayala vazquez dickerson hodge acosta flynn espinoza nicholson monroe
kirk randall anthony whitaker oconnor skinner molina kirby huffman bradford charles gilmore dominguez oneal bruce lang
kramer hancock gallagher gaines shaffer wiggins mathews mcclain fischer melton hensley cameron
contreras christian wyatt baxter mosley larsen hoover beasley glenn petersen whitehead meyers keith vincent
olsen schroeder hartman woodard mueller kemp deleon patel calhoun wiley eaton cline navarro harrell lester
humphrey parrish duran hutchinson hess dorsey robles dalton avila vance blackwell blankenship trevino
salinas campos pruitt moses callahan montoya hardin guerra mcdowell carey stafford gallegos henson wilkinson merritt
miranda atkinson orr decker hobbs preston knox pacheco stephenson rojas serrano hickman sweeney
mcclure conway walter roth maynard farrell lowery hurst nixon weiss trujillo ellison sloan juarez mclean randolph leon
boyer villarreal mccall carrillo kent ayers lara leblanc velasquez chang
foley bartlett mercado landry barr mckee bauer everett bradshaw pugh velez estes dodson morse
sheppard camacho barron livingston middleton blevins chen kerr mcconnell hatfield harding ashley solis herman
giles blackburn william pennington woodward finley mcintosh koch solomon mccullough dudley nolan blanchard rivas brennan
mejia kane benton joyce buckley haley maddox russo mcknight mcmillan crosby dotson mays chan
faulkner oneill knapp kline barry ochoa jacobson avery hendricks horne shepard hebert cardenas mcintyre
whitney waller holman donaldson cantu terrell morin gillespie fuentes tillman sanford salas rollins dickson
santana cabrera cervantes howe hinton hurley spence zamora yang mcneil suarez gould mcfarland sampson
rosario macdonald hester melendez dillon farley galloway potts bernard joyner aguirre osborn mercer franco
rowland sykes benjamin pickett dunlap hayden mckay coffey mccarty ewing cooley vaughan bonner
ferrell cantrell fulton lynn lott calderon rosa pollard hooper burch mullen david odonnell
michael britt frederick daugherty berger dillard alston jarvis frye riggs chaney odom duffy fitzpatrick valenzuela merrill mayer alford
mcpherson acevedo donovan barrera albert reilly compton raymond mooney mcgowan clemons wynn nielsen baird stanton
rosales witt stuart holden rutledge kinney clements castaneda slater hahn emerson conrad burks delaney tyson sharpe whitfield talley macias irwin burris ratliff mccray kaufman goff bolton mcfadden levine
byers kirkland kidd carney mcleod holcomb england burt hendrix sosa haney sargent nieves
rasmussen hewitt lindsay le valencia oneil delacruz vinson dejesus hyde forbes gilliam guthrie wooten huber barlow boyle
mcmahon buckner rocha puckett langley knowles cooke velazquez whitley vang
`;
