// Per-language material: person names (several scripts), places, address, date and org
// conventions, device nouns, and incident sentences with typed slots. Slots are filled with
// fresh values by the generator, which records each one as ground truth.
import type { Rng } from './rng';

export type DeviceKind = 'smart-meter' | 'cellular-modem' | 'plc' | 'set-top-box' | 'connected-car' | 'ev-charger';
export const DEVICE_KINDS: DeviceKind[] = ['smart-meter', 'cellular-modem', 'plc', 'set-top-box', 'connected-car', 'ev-charger'];

export interface Locale {
  lang: string;
  country: string;
  tld: string;
  given: string[];
  surnames: string[];
  /** Writes a full name in the language's order and spacing. */
  fullName: (given: string, surname: string) => string;
  placeStart: string[];
  placeEnd: string[];
  streets: string[];
  /** Returns the address and the part that identifies the dwelling (the leak form). */
  address: (rng: Rng, street: string, city: string) => { text: string; line: string };
  dob: (y: number, m: number, d: number) => string;
  /** Organisation name per device kind, from a place name. */
  org: Record<DeviceKind, (place: string) => string>;
  device: Record<DeviceKind, string>;
  /** Incident sentences; `{slot}` placeholders are filled by the generator. */
  sentences: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

const latinName = (g: string, s: string) => `${g} ${s}`;

export const LOCALES: Locale[] = [
  {
    lang: 'en', country: 'GB', tld: 'co.uk',
    given: ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Ava', 'Noah', 'Emily', 'Jack', 'Sophie', 'Thomas', 'Grace', 'Callum', 'Megan'],
    surnames: ['Whitfield', 'Ashworth', 'Pemberton', 'Hargreaves', 'Thornbury', 'Caldwell', 'Fairbairn', 'Oakley', 'Kendrick', 'Blackwood', 'Radcliffe', 'Sutcliffe'],
    fullName: latinName,
    placeStart: ['Ash', 'Brad', 'Mill', 'Hol', 'Thorn', 'Wick', 'Stan'], placeEnd: ['ford', 'bury', 'ham', 'ley', 'combe', 'wick', 'field'],
    streets: ['Mill Lane', 'Station Road', 'Church Street', 'Victoria Road', 'Park Avenue', 'Queens Road'],
    address: (r, st, city) => {
      const line = `${r.int(2, 240)} ${st}`;
      return { text: `${line}, ${city} ${r.chars(2, 'ABCDEFGHJKLMNPRSTUWY')}${r.int(1, 20)} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`, line };
    },
    dob: (y, m, d) => `${pad(d)}/${pad(m)}/${y}`,
    org: {
      'smart-meter': (p) => `${p} Energy Networks Ltd`, 'cellular-modem': (p) => `${p} Mobile Telecom plc`, plc: (p) => `${p} Water Services Ltd`,
      'set-top-box': (p) => `${p} Cable Vision Ltd`, 'connected-car': (p) => `${p} Motor Company Ltd`, 'ev-charger': (p) => `${p} ChargePoint Ltd`,
    },
    device: { 'smart-meter': 'smart meter', 'cellular-modem': 'cellular modem', plc: 'PLC', 'set-top-box': 'set-top box', 'connected-car': 'telematics unit', 'ev-charger': 'EV charger' },
    sentences: [
      'Field engineer {person} ({email}, {phone}) pulled the logs from our {device} IMEI {imei} at {address}.',
      'The {device} of our customer {customer} (IMSI {imsi}, ICCID {iccid}, MSISDN {msisdn}) beaconed to {c2domain} at {c2ip}.',
      'Vehicle VIN {vin}, plate {plate}, belongs to subscriber {person} (DOB {dob}); last GPS fix {coord}.',
      'The charging session was billed to IBAN {iban} and card {card}; the charger with MAC {mac} then fetched {c2url}.',
      'On workstation {host} the dropper sat in {userpath}; SHA-256 {hash}, exploiting {cve}.',
      'The compromised {device} dialled the premium-rate number {premium} (IRSF) hundreds of times; our subscriber {phone} was billed.',
      'The attacker reused our leaked {secretlabel} {secret} from internal host {privip}; ask {staff} at {org} for details.',
      'Samples of {malware}, operated by {actor}, beacon to {c2person}; registrant email {attemail}. Internal ticket {redact}.',
      'Our {device} gateway {eui64} and our public address {victimip} were scanned from {c2ip}.',
      'Smishing SMS from {smish} lured the customer to {c2url}.',
    ],
  },
  {
    lang: 'de', country: 'DE', tld: 'de',
    given: ['Lukas', 'Anna', 'Jürgen', 'Sabine', 'Matthias', 'Katrin', 'Jörg', 'Ute', 'Florian', 'Bärbel', 'Tobias', 'Heike', 'Maximilian', 'Lea'],
    surnames: ['Müller', 'Schröder', 'Weißenberger', 'Kühnel', 'Hoffmann', 'Bräutigam', 'Oberländer', 'Krämer', 'Zimmermann', 'Großmann', 'Vogelsang', 'Pfeiffer'],
    fullName: latinName,
    placeStart: ['Kel', 'Ross', 'Linden', 'Eich', 'Wald', 'Ober', 'Fels'], placeEnd: ['bach', 'brunn', 'heim', 'dorf', 'stadt', 'feld', 'hausen'],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Lindenweg', 'Schillerstraße', 'Am Mühlbach', 'Gartenstraße'],
    address: (r, st, city) => {
      const line = `${st} ${r.int(1, 140)}`;
      return { text: `${line}, ${r.digits(5)} ${city}`, line };
    },
    dob: (y, m, d) => `${pad(d)}.${pad(m)}.${y}`,
    org: {
      'smart-meter': (p) => `Stadtwerke ${p} GmbH`, 'cellular-modem': (p) => `${p} Mobilfunk AG`, plc: (p) => `Wasserverband ${p}`,
      'set-top-box': (p) => `${p}Kabel GmbH`, 'connected-car': (p) => `${p} Fahrzeugwerke AG`, 'ev-charger': (p) => `${p} Ladenetz GmbH`,
    },
    device: { 'smart-meter': 'Smart Meter', 'cellular-modem': 'Mobilfunkmodem', plc: 'SPS', 'set-top-box': 'Set-Top-Box', 'connected-car': 'Telematikeinheit', 'ev-charger': 'Ladesäule' },
    sentences: [
      'Techniker {person} ({email}, Tel. {phone}) hat die Logs unseres {device} mit IMEI {imei} in {address} ausgelesen.',
      'Das {device} unseres Kunden {customer} (IMSI {imsi}, ICCID {iccid}, MSISDN {msisdn}) meldete sich bei {c2domain} unter {c2ip}.',
      'Fahrzeug FIN {vin}, Kennzeichen {plate}, gehört Herrn {person} (geb. {dob}); letzte Position {coord}.',
      'Der Ladevorgang wurde über IBAN {iban} und Karte {card} abgerechnet; die Ladesäule mit MAC {mac} lud danach {c2url}.',
      'Auf dem Arbeitsplatzrechner {host} lag der Dropper unter {userpath}; SHA-256 {hash}, Ausnutzung von {cve}.',
      'Das kompromittierte {device} wählte hunderte Male die Mehrwertnummer {premium} (IRSF-Betrug); abgerechnet wurde unser Teilnehmer {phone}.',
      'Der Angreifer nutzte unseren geleakten {secretlabel} {secret} vom internen Host {privip}; Rückfragen an {staff} bei {org}.',
      'Samples von {malware}, betrieben von {actor}, kontaktieren {c2person}; Registrant-E-Mail {attemail}. Internes Ticket {redact}.',
      'Unser {device}-Gateway {eui64} und unsere öffentliche Adresse {victimip} wurden von {c2ip} gescannt.',
      'Smishing-SMS vom Absender {smish} lockte den Kunden auf {c2url}.',
    ],
  },
  {
    lang: 'fr', country: 'FR', tld: 'fr',
    given: ['Camille', 'Théo', 'Léa', 'Hélène', 'François', 'Chloé', 'Jérôme', 'Margaux', 'Loïc', 'Élodie', 'Benoît', 'Inès'],
    surnames: ['Lefèvre', 'Garnier', 'Rousseau', 'Chevalier', 'Mercier', 'Dubois', 'Fontaine', 'Lemaître', 'Girardot', 'Beaumont', 'Pelletier', 'Marchand'],
    fullName: latinName,
    placeStart: ['Saint-Aub', 'Mont', 'Beau', 'Ville', 'Roche', 'Clair'], placeEnd: ['in', 'ville', 'mont', 'fort', 'lac', 'val'],
    streets: ['rue de la Paix', 'avenue des Tilleuls', 'rue Victor Hugo', 'boulevard Voltaire', 'chemin des Vignes', 'place de la Mairie'],
    address: (r, st, city) => {
      const line = `${r.int(1, 120)} ${st}`;
      return { text: `${line}, ${r.digits(5)} ${city}`, line };
    },
    dob: (y, m, d) => `${pad(d)}/${pad(m)}/${y}`,
    org: {
      'smart-meter': (p) => `Régie d'Énergie de ${p}`, 'cellular-modem': (p) => `${p} Télécom SA`, plc: (p) => `Syndicat des Eaux de ${p}`,
      'set-top-box': (p) => `${p} Câble SAS`, 'connected-car': (p) => `Automobiles ${p} SA`, 'ev-charger': (p) => `${p} Recharge SAS`,
    },
    device: { 'smart-meter': 'compteur communicant', 'cellular-modem': 'modem cellulaire', plc: 'automate', 'set-top-box': 'décodeur', 'connected-car': 'boîtier télématique', 'ev-charger': 'borne de recharge' },
    sentences: [
      "Le technicien {person} ({email}, tél. {phone}) a extrait les journaux de notre {device} IMEI {imei} au {address}.",
      'Le {device} de notre client {customer} (IMSI {imsi}, ICCID {iccid}, MSISDN {msisdn}) a contacté {c2domain} à {c2ip}.',
      "Le véhicule VIN {vin}, immatriculé {plate}, appartient à l'abonné {person} (né le {dob}) ; dernière position {coord}.",
      'La session de recharge a été facturée sur IBAN {iban} et carte {card} ; la borne avec MAC {mac} a ensuite téléchargé {c2url}.',
      "Sur le poste de travail {host}, le dropper se trouvait dans {userpath} ; SHA-256 {hash}, exploitation de {cve}.",
      "Le {device} compromis a appelé des centaines de fois le numéro surtaxé {premium} (fraude IRSF) ; notre abonné {phone} a été facturé.",
      "L'attaquant a réutilisé notre {secretlabel} divulgué {secret} depuis l'hôte interne {privip} ; contact : {staff} chez {org}.",
      "Les échantillons de {malware}, opérés par {actor}, contactent {c2person} ; e-mail du titulaire {attemail}. Ticket interne {redact}.",
      'Notre passerelle {device} {eui64} et notre adresse publique {victimip} ont été scannées depuis {c2ip}.',
      "Un SMS de smishing de l'expéditeur {smish} a attiré le client vers {c2url}.",
    ],
  },
  {
    lang: 'es', country: 'ES', tld: 'es',
    given: ['Lucía', 'Alejandro', 'María José', 'Álvaro', 'Sofía', 'Íñigo', 'Carmen', 'Sergio', 'Nuria', 'Rubén', 'Begoña', 'Andrés'],
    surnames: ['García Ferrández', 'Martínez', 'Núñez', 'Castañeda', 'Iglesias', 'Domínguez', 'Villalobos', 'Peñalver', 'Santamaría', 'Echeverría', 'Olmedo', 'Cabrera'],
    fullName: latinName,
    placeStart: ['Villa', 'Torre', 'Valde', 'Castil', 'Fuente', 'Peña'], placeEnd: ['rrubia', 'nueva', 'moro', 'blanca', 'llano', 'del Río'],
    streets: ['Calle Mayor', 'Avenida de la Constitución', 'Calle del Sol', 'Paseo de Gracia', 'Calle San Vicente', 'Plaza de España'],
    address: (r, st, city) => {
      const line = `${st} ${r.int(1, 150)}`;
      return { text: `${line}, ${r.digits(5)} ${city}`, line };
    },
    dob: (y, m, d) => `${pad(d)}/${pad(m)}/${y}`,
    org: {
      'smart-meter': (p) => `Eléctrica de ${p} S.A.`, 'cellular-modem': (p) => `${p} Móvil S.L.`, plc: (p) => `Aguas de ${p} S.A.`,
      'set-top-box': (p) => `${p} Cable S.L.`, 'connected-car': (p) => `Automóviles ${p} S.A.`, 'ev-charger': (p) => `${p} Recarga S.L.`,
    },
    device: { 'smart-meter': 'contador inteligente', 'cellular-modem': 'módem celular', plc: 'autómata', 'set-top-box': 'descodificador', 'connected-car': 'unidad telemática', 'ev-charger': 'punto de recarga' },
    sentences: [
      'El técnico {person} ({email}, tel. {phone}) extrajo los registros de nuestro {device} IMEI {imei} en {address}.',
      'El {device} de nuestro cliente {customer} (IMSI {imsi}, ICCID {iccid}, MSISDN {msisdn}) contactó con {c2domain} en {c2ip}.',
      'El vehículo VIN {vin}, matrícula {plate}, pertenece al abonado {person} (fecha de nacimiento: {dob}); última posición {coord}.',
      'La sesión de carga se cobró a la IBAN {iban} y la tarjeta {card}; el punto con MAC {mac} descargó después {c2url}.',
      'En el equipo {host} el dropper estaba en {userpath}; SHA-256 {hash}, explotando {cve}.',
      'El {device} comprometido llamó cientos de veces al número de tarificación adicional {premium} (fraude IRSF); se facturó a nuestro abonado {phone}.',
      'El atacante reutilizó nuestra {secretlabel} filtrada {secret} desde el host interno {privip}; contacto: {staff} en {org}.',
      'Las muestras de {malware}, operadas por {actor}, contactan con {c2person}; correo del registrante {attemail}. Ticket interno {redact}.',
      'Nuestra pasarela {device} {eui64} y nuestra dirección pública {victimip} fueron escaneadas desde {c2ip}.',
      'Un SMS de smishing del remitente {smish} llevó al cliente a {c2url}.',
    ],
  },
  {
    lang: 'it', country: 'IT', tld: 'it',
    given: ['Giulia', 'Lorenzo', 'Francesca', 'Niccolò', 'Chiara', 'Matteo', 'Federica', 'Gianluca', 'Alessia', 'Davide', 'Ilaria', 'Pietro'],
    surnames: ['Esposito', 'Bianchi', 'Colombo', 'Ferraresi', 'Giordano', 'Marchetti', 'Bellandi', 'Santoro', 'De Luca', 'Lombardi', 'Mancuso', 'Cavallaro'],
    fullName: latinName,
    placeStart: ['Borgo', 'Castel', 'Monte', 'Villa', 'Porto', 'Rocca'], placeEnd: ['franco', 'verde', 'alto', 'nuovo', 'bello', 'marina'],
    streets: ['Via Roma', 'Via Garibaldi', 'Corso Vittorio Emanuele', 'Via dei Mille', 'Piazza Dante', 'Via Mazzini'],
    address: (r, st, city) => {
      const line = `${st} ${r.int(1, 200)}`;
      return { text: `${line}, ${r.digits(5)} ${city}`, line };
    },
    dob: (y, m, d) => `${pad(d)}/${pad(m)}/${y}`,
    org: {
      'smart-meter': (p) => `${p} Energia S.p.A.`, 'cellular-modem': (p) => `${p} Mobile S.r.l.`, plc: (p) => `Acquedotto di ${p}`,
      'set-top-box': (p) => `${p} TV Cavo S.r.l.`, 'connected-car': (p) => `Automobili ${p} S.p.A.`, 'ev-charger': (p) => `${p} Ricarica S.r.l.`,
    },
    device: { 'smart-meter': 'contatore intelligente', 'cellular-modem': 'modem cellulare', plc: 'PLC', 'set-top-box': 'decoder', 'connected-car': 'centralina telematica', 'ev-charger': 'colonnina di ricarica' },
    sentences: [
      'Il tecnico {person} ({email}, tel. {phone}) ha estratto i log del nostro {device} IMEI {imei} in {address}.',
      'Il {device} del nostro cliente {customer} (IMSI {imsi}, ICCID {iccid}, MSISDN {msisdn}) ha contattato {c2domain} su {c2ip}.',
      "Il veicolo VIN {vin}, targa {plate}, appartiene all'abbonato {person} (nato il {dob}); ultima posizione {coord}.",
      'La sessione di ricarica è stata addebitata su IBAN {iban} e carta {card}; la colonnina con MAC {mac} ha poi scaricato {c2url}.',
      'Sulla postazione {host} il dropper si trovava in {userpath}; SHA-256 {hash}, sfruttando {cve}.',
      'Il {device} compromesso ha chiamato centinaia di volte il numero a tariffazione speciale {premium} (frode IRSF); è stato addebitato il nostro abbonato {phone}.',
      "L'attaccante ha riutilizzato la nostra {secretlabel} trapelata {secret} dall'host interno {privip}; contattare {staff} presso {org}.",
      'I campioni di {malware}, gestiti da {actor}, contattano {c2person}; email del registrante {attemail}. Ticket interno {redact}.',
      'Il nostro gateway {device} {eui64} e il nostro indirizzo pubblico {victimip} sono stati scansionati da {c2ip}.',
      "Un SMS di smishing dal mittente {smish} ha portato il cliente su {c2url}.",
    ],
  },
  {
    lang: 'nl', country: 'NL', tld: 'nl',
    given: ['Daan', 'Sanne', 'Bram', 'Femke', 'Joris', 'Lotte', 'Thijs', 'Anouk', 'Sjoerd', 'Marloes', 'Wouter', 'Ilse'],
    surnames: ['de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Mulder', 'van Dijk', 'Jansen', 'Kuipers', 'Hoekstra', 'Verhoeven', 'Dekker'],
    fullName: latinName,
    placeStart: ['Oost', 'Wester', 'Zuid', 'Nieuw', 'Hooge', 'Bergen'], placeEnd: ['veen', 'dam', 'hoven', 'wijk', 'broek', 'zand'],
    streets: ['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Stationsplein', 'Wilhelminalaan', 'Beatrixstraat'],
    address: (r, st, city) => {
      const line = `${st} ${r.int(1, 180)}`;
      return { text: `${line}, ${r.int(1000, 9999)} ${r.chars(2, 'ABCDEGHJKLMNPRSTVWXZ')} ${city}`, line };
    },
    dob: (y, m, d) => `${pad(d)}-${pad(m)}-${y}`,
    org: {
      'smart-meter': (p) => `Netbeheer ${p} B.V.`, 'cellular-modem': (p) => `${p} Mobiel B.V.`, plc: (p) => `Waterschap ${p}`,
      'set-top-box': (p) => `${p} Kabel B.V.`, 'connected-car': (p) => `${p} Automotive B.V.`, 'ev-charger': (p) => `${p} Laadpalen B.V.`,
    },
    device: { 'smart-meter': 'slimme meter', 'cellular-modem': 'mobiel modem', plc: 'PLC', 'set-top-box': 'settopbox', 'connected-car': 'telematica-unit', 'ev-charger': 'laadpaal' },
    sentences: [
      'Monteur {person} ({email}, tel. {phone}) heeft de logs van onze {device} met IMEI {imei} op {address} uitgelezen.',
      'De {device} van onze klant {customer} (IMSI {imsi}, ICCID {iccid}, MSISDN {msisdn}) maakte contact met {c2domain} op {c2ip}.',
      'Voertuig VIN {vin}, kenteken {plate}, is van abonnee {person} (geboren {dob}); laatste positie {coord}.',
      'De laadsessie werd afgerekend via IBAN {iban} en kaart {card}; de laadpaal met MAC {mac} haalde daarna {c2url} op.',
      'Op werkplek {host} stond de dropper in {userpath}; SHA-256 {hash}, misbruik van {cve}.',
      'De gecompromitteerde {device} belde honderden keren het betaalnummer {premium} (IRSF-fraude); onze abonnee {phone} kreeg de rekening.',
      'De aanvaller gebruikte onze gelekte {secretlabel} {secret} vanaf interne host {privip}; vragen aan {staff} bij {org}.',
      'Samples van {malware}, beheerd door {actor}, maken contact met {c2person}; e-mail van de registrant {attemail}. Intern ticket {redact}.',
      'Onze {device}-gateway {eui64} en ons publieke adres {victimip} werden gescand vanaf {c2ip}.',
      'Een smishing-sms van afzender {smish} lokte de klant naar {c2url}.',
    ],
  },
  {
    lang: 'pl', country: 'PL', tld: 'pl',
    given: ['Agnieszka', 'Paweł', 'Małgorzata', 'Łukasz', 'Katarzyna', 'Grzegorz', 'Zofia', 'Wojciech', 'Joanna', 'Krzysztof', 'Ewelina', 'Michał'],
    surnames: ['Kowalczyk', 'Wiśniewski', 'Wójcik', 'Zieliński', 'Szymańska', 'Dąbrowski', 'Kozłowski', 'Jankowska', 'Mazur', 'Krawczyk', 'Piotrowski', 'Grabowska'],
    fullName: latinName,
    placeStart: ['Biała', 'Stara', 'Nowa', 'Zielona', 'Wysoka', 'Dolna'], placeEnd: [' Wola', ' Góra', ' Łąka', ' Struga', ' Dąbrowa', ' Wieś'],
    streets: ['Długa', 'Kwiatowa', 'Mickiewicza', 'Słoneczna', 'Kościuszki', 'Lipowa'],
    address: (r, st, city) => {
      const line = `ul. ${st} ${r.int(1, 90)}`;
      return { text: `${line}, ${r.digits(2)}-${r.digits(3)} ${city}`, line };
    },
    dob: (y, m, d) => `${pad(d)}.${pad(m)}.${y}`,
    org: {
      'smart-meter': (p) => `Energetyka ${p} Sp. z o.o.`, 'cellular-modem': (p) => `${p} Telekom S.A.`, plc: (p) => `Wodociągi ${p} Sp. z o.o.`,
      'set-top-box': (p) => `${p} Kablówka Sp. z o.o.`, 'connected-car': (p) => `Fabryka Samochodów ${p} S.A.`, 'ev-charger': (p) => `${p} Ładowarki Sp. z o.o.`,
    },
    device: { 'smart-meter': 'licznik inteligentny', 'cellular-modem': 'modem komórkowy', plc: 'sterownik PLC', 'set-top-box': 'dekoder', 'connected-car': 'moduł telematyczny', 'ev-charger': 'ładowarka' },
    sentences: [
      'Technik {person} ({email}, tel. {phone}) pobrał logi naszego urządzenia {device} IMEI {imei} pod adresem {address}.',
      'Urządzenie {device} naszego klienta {customer} (IMSI {imsi}, ICCID {iccid}, MSISDN {msisdn}) łączyło się z {c2domain} pod {c2ip}.',
      'Pojazd VIN {vin}, numer rejestracyjny {plate}, należy do abonenta {person} (ur. {dob}); ostatnia pozycja {coord}.',
      'Sesję ładowania obciążono na IBAN {iban} i kartę {card}; ładowarka o MAC {mac} pobrała następnie {c2url}.',
      'Na stacji roboczej {host} dropper znajdował się w {userpath}; SHA-256 {hash}, wykorzystanie {cve}.',
      'Przejęte urządzenie {device} setki razy dzwoniło na numer o podwyższonej opłacie {premium} (oszustwo IRSF); obciążono naszego abonenta {phone}.',
      'Atakujący użył naszego wyciekłego klucza ({secretlabel}) {secret} z wewnętrznego hosta {privip}; kontakt: {staff} w {org}.',
      'Próbki {malware}, obsługiwane przez {actor}, łączą się z {c2person}; e-mail rejestrującego {attemail}. Wewnętrzne zgłoszenie {redact}.',
      'Nasza bramka {device} {eui64} i nasz publiczny adres {victimip} były skanowane z {c2ip}.',
      'SMS smishingowy od nadawcy {smish} zwabił klienta na {c2url}.',
    ],
  },
  {
    lang: 'ja', country: 'JP', tld: 'co.jp',
    given: ['太郎', '花子', '健太', '美咲', '翔太', '由美', '大輔', '直子', '拓也', '恵子', '浩二', '陽菜'],
    surnames: ['山田', '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '中村', '小林', '加藤', '吉田', '山本'],
    fullName: (g, s) => `${s}${g}`,
    placeStart: ['北', '南', '東', '西', '新', '大'], placeEnd: ['川', '山', '野', '浜', '沢', '原'],
    streets: ['本町', '中央', '緑町', '桜台', '旭町', '栄町'],
    address: (r, st, city) => {
      const line = `${st}${r.int(1, 9)}丁目${r.int(1, 30)}-${r.int(1, 20)}`;
      return { text: `${r.pick(['東京都', '大阪府', '愛知県', '福岡県'])}${city}市${line}`, line };
    },
    dob: (y, m, d) => `${y}年${m}月${d}日`,
    org: {
      'smart-meter': (p) => `${p}電力株式会社`, 'cellular-modem': (p) => `${p}モバイル株式会社`, plc: (p) => `${p}水道局`,
      'set-top-box': (p) => `${p}ケーブルテレビ株式会社`, 'connected-car': (p) => `${p}自動車株式会社`, 'ev-charger': (p) => `${p}充電サービス株式会社`,
    },
    device: { 'smart-meter': 'スマートメーター', 'cellular-modem': 'セルラーモデム', plc: 'PLC', 'set-top-box': 'セットトップボックス', 'connected-car': 'テレマティクスユニット', 'ev-charger': 'EV充電器' },
    sentences: [
      '技術者の{person}様（{email}、電話 {phone}）が{address}にある当社の{device}（IMEI {imei}）のログを取得しました。',
      'お客様{customer}の{device}（IMSI {imsi}、ICCID {iccid}、MSISDN {msisdn}）が{c2domain}（{c2ip}）に通信しました。',
      '車両 VIN {vin}（ナンバー {plate}）は契約者{person}様（生年月日 {dob}）の所有で、最終位置は{coord}です。',
      '充電セッションは IBAN {iban} とカード {card} に請求され、MAC {mac} の充電器がその後{c2url}を取得しました。',
      '端末{host}ではドロッパーが{userpath}にありました。SHA-256 {hash}、{cve}を悪用。',
      '侵害された{device}がプレミアム番号{premium}（IRSF詐欺）に数百回発信し、当社の加入者{phone}に課金されました。',
      '攻撃者は漏えいした当社の{secretlabel} {secret}を内部ホスト{privip}から再利用しました。詳細は{org}の{staff}まで。',
      '{malware}の検体（運用者 {actor}）は{c2person}に通信します。登録者メール {attemail}。社内チケット {redact}。',
      '当社の{device}ゲートウェイ{eui64}と当社のグローバルアドレス{victimip}が{c2ip}からスキャンされました。',
      '送信元{smish}からのスミッシングSMSがお客様を{c2url}に誘導しました。',
    ],
  },
  {
    lang: 'ru', country: 'RU', tld: 'ru',
    given: ['Александр', 'Екатерина', 'Дмитрий', 'Ольга', 'Сергей', 'Наталья', 'Андрей', 'Ирина', 'Михаил', 'Татьяна'],
    surnames: ['Смирнов', 'Кузнецова', 'Попов', 'Соколова', 'Лебедев', 'Новикова', 'Морозов', 'Волкова', 'Фёдоров', 'Козлова'],
    fullName: latinName,
    placeStart: ['Ново', 'Старо', 'Бело', 'Красно', 'Верхне'], placeEnd: ['горск', 'дольск', 'речье', 'озёрск', 'полье'],
    streets: ['Ленина', 'Садовая', 'Мира', 'Гагарина', 'Пушкина', 'Лесная'],
    address: (r, st, city) => {
      const line = `ул. ${st}, д. ${r.int(1, 99)}`;
      return { text: `${r.digits(6)}, г. ${city}, ${line}, кв. ${r.int(1, 200)}`, line };
    },
    dob: (y, m, d) => `${pad(d)}.${pad(m)}.${y}`,
    org: {
      'smart-meter': (p) => `АО «${p}энерго»`, 'cellular-modem': (p) => `ПАО «${p} Телеком»`, plc: (p) => `МУП «Водоканал ${p}»`,
      'set-top-box': (p) => `ООО «${p} ТВ»`, 'connected-car': (p) => `АО «${p}авто»`, 'ev-charger': (p) => `ООО «${p} Зарядка»`,
    },
    device: { 'smart-meter': 'умный счётчик', 'cellular-modem': 'сотовый модем', plc: 'ПЛК', 'set-top-box': 'ТВ-приставка', 'connected-car': 'телематический блок', 'ev-charger': 'зарядная станция' },
    sentences: [
      'Инженер {person} ({email}, тел. {phone}) снял журналы с нашего устройства ({device}) IMEI {imei} по адресу {address}.',
      'Устройство ({device}) нашего клиента {customer} (IMSI {imsi}, ICCID {iccid}, MSISDN {msisdn}) обращалось к {c2domain} по адресу {c2ip}.',
      'Автомобиль VIN {vin}, госномер {plate}, принадлежит абоненту {person} (дата рождения {dob}); последние координаты {coord}.',
      'Сеанс зарядки оплачен с IBAN {iban} и карты {card}; станция с MAC {mac} затем загрузила {c2url}.',
      'На рабочей станции {host} дроппер лежал в {userpath}; SHA-256 {hash}, эксплуатация {cve}.',
      'Взломанное устройство ({device}) сотни раз звонило на платный номер {premium} (мошенничество IRSF); счёт выставлен нашему абоненту {phone}.',
      'Атакующий повторно использовал наш утёкший ключ ({secretlabel}) {secret} с внутреннего хоста {privip}; контакт: {staff}, {org}.',
      'Образцы {malware}, управляемые {actor}, обращаются к {c2person}; e-mail регистранта {attemail}. Внутренний тикет {redact}.',
      'Наш шлюз ({device}) {eui64} и наш публичный адрес {victimip} сканировались с {c2ip}.',
      'Смишинговое SMS от отправителя {smish} заманило клиента на {c2url}.',
    ],
  },
  {
    lang: 'ko', country: 'KR', tld: 'co.kr',
    given: ['민준', '서연', '도윤', '지우', '하준', '서윤', '예준', '하은'],
    surnames: ['김', '이', '박', '최', '정', '강', '조', '윤'],
    fullName: (g, s) => `${s}${g}`,
    placeStart: ['한', '대', '청', '새', '동'], placeEnd: ['빛', '성', '솔', '누리', '마루'],
    streets: ['세종대로', '테헤란로', '중앙로', '해운대로', '번영로'],
    address: (r, st, city) => {
      const line = `${st} ${r.int(1, 300)}`;
      return { text: `${city}시 ${r.pick(['중구', '남구', '서구', '동구'])} ${line}, ${r.int(1, 20)}층`, line };
    },
    dob: (y, m, d) => `${y}.${pad(m)}.${pad(d)}`,
    org: {
      'smart-meter': (p) => `${p}에너지 주식회사`, 'cellular-modem': (p) => `${p}텔레콤 주식회사`, plc: (p) => `${p}수자원공사`,
      'set-top-box': (p) => `${p}케이블 주식회사`, 'connected-car': (p) => `${p}자동차 주식회사`, 'ev-charger': (p) => `${p}충전 주식회사`,
    },
    device: { 'smart-meter': '스마트 계량기', 'cellular-modem': '셀룰러 모뎀', plc: 'PLC', 'set-top-box': '셋톱박스', 'connected-car': '텔레매틱스 장치', 'ev-charger': '전기차 충전기' },
    sentences: [
      '기술자 {person} 님({email}, 전화 {phone})이 {address}에 있는 당사 {device}(IMEI {imei})의 로그를 수집했습니다.',
      '고객 {customer}의 {device}(IMSI {imsi}, ICCID {iccid}, MSISDN {msisdn})가 {c2domain}({c2ip})에 접속했습니다.',
      '차량 VIN {vin}, 번호판 {plate}는 가입자 {person} 님(생년월일 {dob}) 소유이며 마지막 위치는 {coord}입니다.',
      '충전 세션은 IBAN {iban} 및 카드 {card}로 청구되었고, MAC {mac} 충전기가 이후 {c2url}을 받았습니다.',
      '업무용 PC {host}에서 드로퍼가 {userpath}에 있었습니다. SHA-256 {hash}, {cve} 악용.',
      '감염된 {device}가 프리미엄 번호 {premium}(IRSF 사기)로 수백 번 발신했고 당사 가입자 {phone}에게 요금이 청구되었습니다.',
      '공격자는 유출된 당사 {secretlabel} {secret}를 내부 호스트 {privip}에서 재사용했습니다. 문의: {org} {staff}.',
      '{malware} 샘플(운영자 {actor})은 {c2person}에 접속합니다. 등록자 이메일 {attemail}. 내부 티켓 {redact}.',
      '당사 {device} 게이트웨이 {eui64}와 당사 공인 주소 {victimip}가 {c2ip}에서 스캔되었습니다.',
      '발신자 {smish}의 스미싱 문자가 고객을 {c2url}로 유도했습니다.',
    ],
  },
  {
    lang: 'el', country: 'GR', tld: 'gr',
    given: ['Γιώργος', 'Μαρία', 'Νίκος', 'Ελένη', 'Δημήτρης', 'Κατερίνα', 'Κώστας', 'Σοφία'],
    surnames: ['Παπαδόπουλος', 'Οικονόμου', 'Γεωργίου', 'Αντωνίου', 'Καραγιάννη', 'Νικολάου', 'Μακρής', 'Βλάχου'],
    fullName: latinName,
    placeStart: ['Νέα ', 'Άνω ', 'Κάτω ', 'Παλαιά '], placeEnd: ['Σμύρνη', 'Πόλη', 'Λίμνη', 'Χώρα'],
    streets: ['Οδός Ερμού', 'Οδός Σταδίου', 'Λεωφόρος Κηφισίας', 'Οδός Αθηνάς'],
    address: (r, st, city) => {
      const line = `${st} ${r.int(1, 120)}`;
      return { text: `${line}, ${r.digits(3)} ${r.digits(2)} ${city}`, line };
    },
    dob: (y, m, d) => `${pad(d)}/${pad(m)}/${y}`,
    org: {
      'smart-meter': (p) => `Ενέργεια ${p} Α.Ε.`, 'cellular-modem': (p) => `${p} Τηλεπικοινωνίες Α.Ε.`, plc: (p) => `ΔΕΥΑ ${p}`,
      'set-top-box': (p) => `${p} Καλωδιακή Α.Ε.`, 'connected-car': (p) => `Αυτοκίνητα ${p} Α.Ε.`, 'ev-charger': (p) => `${p} Φόρτιση Α.Ε.`,
    },
    device: { 'smart-meter': 'έξυπνος μετρητής', 'cellular-modem': 'κινητό μόντεμ', plc: 'PLC', 'set-top-box': 'αποκωδικοποιητής', 'connected-car': 'τηλεματική μονάδα', 'ev-charger': 'φορτιστής' },
    sentences: [
      'Ο τεχνικός {person} ({email}, τηλ. {phone}) πήρε τα αρχεία καταγραφής της συσκευής μας ({device}) IMEI {imei} στη διεύθυνση {address}.',
      'Η συσκευή ({device}) του πελάτη μας {customer} (IMSI {imsi}, ICCID {iccid}, MSISDN {msisdn}) επικοινώνησε με {c2domain} στο {c2ip}.',
      'Το όχημα VIN {vin}, πινακίδα {plate}, ανήκει στον συνδρομητή {person} (ημ. γέννησης {dob}); τελευταία θέση {coord}.',
      'Η φόρτιση χρεώθηκε στο IBAN {iban} και στην κάρτα {card}; ο φορτιστής με MAC {mac} κατέβασε μετά το {c2url}.',
      'Στον σταθμό εργασίας {host} ο dropper βρισκόταν στο {userpath}; SHA-256 {hash}, εκμετάλλευση του {cve}.',
      'Η παραβιασμένη συσκευή ({device}) κάλεσε εκατοντάδες φορές τον αριθμό υπερχρέωσης {premium} (απάτη IRSF); χρεώθηκε ο συνδρομητής μας {phone}.',
      'Ο επιτιθέμενος χρησιμοποίησε το διαρρεύσαν {secretlabel} μας {secret} από τον εσωτερικό host {privip}; επικοινωνία: {staff}, {org}.',
      'Δείγματα του {malware}, που λειτουργεί ο {actor}, επικοινωνούν με {c2person}; email καταχωρητή {attemail}. Εσωτερικό αίτημα {redact}.',
      'Η πύλη μας ({device}) {eui64} και η δημόσια διεύθυνσή μας {victimip} σαρώθηκαν από {c2ip}.',
      'SMS smishing από τον αποστολέα {smish} παρέσυρε τον πελάτη στο {c2url}.',
    ],
  },
];

/**
 * Person names for a held-out run (`--holdout-names`): none of them is in the anonymizer's
 * gazetteer, so recall on them measures the context rules alone. Never add them to the gazetteer.
 */
export const HOLDOUT_NAMES: Record<string, { given: string[]; surnames: string[] }> = {
  en: { given: ['Harvey', 'Phoebe', 'Rory', 'Tilly', 'Jasper', 'Maisie', 'Reuben', 'Esme'], surnames: ['Merriweather', 'Dunmore', 'Pickering', 'Ollerton', 'Brackley', 'Haworth'] },
  de: { given: ['Henrik', 'Wiebke', 'Torben', 'Frauke', 'Jannik', 'Silja'], surnames: ['Brockmann', 'Ostermeier', 'Pfannkuch', 'Düsterhöft', 'Lindemann', 'Kästner'] },
  fr: { given: ['Gaëtan', 'Solène', 'Yannick', 'Maëlle', 'Aurélien', 'Noémie'], surnames: ['Delacroix', 'Vasseur', 'Lacoste', 'Bénard', 'Giraudeau', 'Péchenard'] },
  es: { given: ['Iker', 'Ainhoa', 'Unai', 'Maite', 'Xabier', 'Leire'], surnames: ['Zubizarreta', 'Arrieta', 'Olabarría', 'Sarasola', 'Goikoetxea', 'Urquijo'] },
  it: { given: ['Ettore', 'Ludovica', 'Cosimo', 'Benedetta', 'Gualtiero', 'Ottavia'], surnames: ['Scognamiglio', 'Quarantotto', 'Bonaccorsi', 'Tagliaferri', 'Sciarra', 'Lippolis'] },
  nl: { given: ['Gijs', 'Roos', 'Teun', 'Noor', 'Stijn', 'Lieke'], surnames: ['Brouwer', 'Hendriks', 'Schouten', 'Wijnands', 'Rietveld', 'Timmermans'] },
  pl: { given: ['Bartosz', 'Wiktoria', 'Przemysław', 'Halina', 'Zbigniew', 'Jadwiga'], surnames: ['Gąsiorowski', 'Pietrzak', 'Sobczak', 'Chmielewska', 'Wróblewski', 'Urbańska'] },
  ja: { given: ['蒼', '凛', '湊', '紬', '悠真', '芽依'], surnames: ['藤本', '菅原', '千葉', '久保', '野口', '松井'] },
  ru: { given: ['Вадим', 'Ксения', 'Глеб', 'Алина', 'Тимур', 'Дарья'], surnames: ['Белоусов', 'Тарасова', 'Гусев', 'Комарова', 'Зайцев', 'Орлова'] },
  ko: { given: ['시우', '하린', '주원', '채원', '건우', '수아'], surnames: ['배', '신', '권', '황', '안', '송'] },
  el: { given: ['Σπύρος', 'Ζωή', 'Θανάσης', 'Δέσποινα', 'Λευτέρης', 'Χαρά'], surnames: ['Τσακίρης', 'Μπακογιάννη', 'Σταματόπουλος', 'Λαμπράκη', 'Ζερβός', 'Καλογεράκη'] },
};
