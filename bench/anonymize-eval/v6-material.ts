// Hand-written material for the blind sixth suite (v6.ts): per-locale names, addresses, number
// formats, labels and prose, fictional submitters and customers, and threat values. Written from
// general knowledge of incident reports, not from the anonymizer's word lists or other suites.
// Name entries: `native|roman` (roman only when the script is not Latin); a leading `*` marks a
// surname that is also a common word (scored by the full name only, never by the bare surname).
// Postcodes: `#` digit, `@` letter; plates: `9` digit, `A` letter (from plateLetters), literal otherwise.

export interface PhoneFormat {
  prefixes: string[];
  /** Length of the national significant number (without trunk prefix or country code). */
  nsnLength: number;
  /** `#` consumes the NSN digits in order; everything else is literal. */
  national: string;
  international: string;
}

export interface City {
  name: string;
  postcode: string;
  lat: number;
  lon: number;
}

export interface Org {
  name: string;
  short: string;
  domain: string;
}

export interface Labels {
  customer: string;
  technician: string;
  employee: string;
  phone: string;
  email: string;
  address: string;
  dob: string;
  serial: string;
  contract: string;
  custno: string;
  ticket: string;
  user: string;
  password: string;
  plate: string;
  account: string;
  location: string;
  regards: string;
  summary: string;
  affected: string;
  attacker: string;
  timeline: string;
  action: string;
}

export interface Locale {
  lang: string;
  country: string;
  cc: string;
  mcc: string;
  mnc: string[];
  given: string[];
  surnames: string[];
  /** `sg`: the surname is written first. */
  order: 'gs' | 'sg';
  /** Joins given name and surname (CJK: none). */
  join: string;
  honour: (surname: string) => string;
  mobile: PhoneFormat;
  landline?: PhoneFormat;
  cities: City[];
  street: (rng: { pick<T>(a: readonly T[]): T; int(a: number, b: number): number }, city: string, postcode: string) => { full: string; key: string };
  /** `A` letter from plateLetters, `9` digit, literal otherwise. */
  plates: string[];
  plateLetters?: string;
  /** IBAN country and BBAN shape: `n` digit, `a` letter, `c` alphanumeric, run-length coded (`4a10n`). */
  iban?: [string, string];
  date: (y: number, m: number, d: number) => string;
  w: Labels;
  /** Narrative sentences: {P} person, {D} device, {C} threat value, {F} a victim fact. */
  prose: string[];
  submitters: Org[];
  customers: Org[];
}

const pad = (n: number): string => String(n).padStart(2, '0');
const dmy = (sep: string) => (y: number, m: number, d: number) => `${pad(d)}${sep}${pad(m)}${sep}${y}`;

const EN_LABELS: Labels = {
  customer: 'customer', technician: 'field engineer', employee: 'employee', phone: 'phone', email: 'e-mail', address: 'address',
  dob: 'DOB', serial: 'serial no.', contract: 'contract', custno: 'customer no.', ticket: 'ticket', user: 'user', password: 'password',
  plate: 'reg. plate', account: 'bank account', location: 'location', regards: 'Kind regards', summary: 'Summary', affected: 'Affected',
  attacker: 'Attacker infrastructure', timeline: 'Timeline', action: 'Actions taken',
};

export const LOCALES: Locale[] = [
  {
    lang: 'en-GB', country: 'GB', cc: '44', mcc: '234', mnc: ['10', '15', '20', '30'],
    given: ['Hope', 'Siobhan', 'Will', 'Grace', 'Callum', 'Bronwen', 'Rhys', 'Dot'],
    surnames: ['Pennington', '*Baker', 'Featherstonehaugh', 'Okonkwo', '*Mason', 'Llewellyn', 'Ashdown'],
    order: 'gs', join: ' ', honour: (s) => `Mr ${s}`,
    mobile: { prefixes: ['74', '75', '77', '78', '79'], nsnLength: 10, national: '0#### ######', international: '+44 #### ######' },
    landline: { prefixes: ['113', '117', '1603'], nsnLength: 10, national: '0### ### ####', international: '+44 ### ### ####' },
    cities: [{ name: 'Leeds', postcode: 'LS6 #@@', lat: 53.8194, lon: -1.5794 }, { name: 'Bristol', postcode: 'BS3 #@@', lat: 51.4416, lon: -2.6004 }, { name: 'Norwich', postcode: 'NR2 #@@', lat: 52.6297, lon: 1.2836 }],
    street: (r, city, pc) => { const k = `${r.int(2, 188)} ${r.pick(['Harrow Road', 'Mill Lane', 'Cavendish Terrace', 'Elmfield Close'])}`; return { full: `${k}, ${city} ${pc}`, key: k }; },
    plates: ['AA99 AAA'], iban: ['GB', '4a14n'], date: dmy('/'), w: EN_LABELS,
    prose: [
      '{P} rang the support line because {D} kept rebooting; our capture shows it beaconing to {C}.',
      'Customer contact for the case is {P} ({F}); please do not contact them directly.',
      'The unit was swapped on site; {F} is recorded against the job.',
    ],
    submitters: [{ name: 'Harrowgate Smart Metering Ltd', short: 'Harrowgate', domain: 'harrowgate-sm.co.uk' }],
    customers: [{ name: 'Wendlebury Housing Association', short: 'Wendlebury', domain: 'wendleburyha.org.uk' }, { name: 'Castlegate Dental Practice', short: 'Castlegate Dental', domain: 'castlegatedental.co.uk' }],
  },
  {
    lang: 'en-US', country: 'US', cc: '1', mcc: '310', mnc: ['260', '410', '120'],
    given: ['Destiny', 'Tyrone', 'Madison', 'Ezekiel', 'Brooke', 'Lupita', 'Chance'],
    surnames: ['Kowalczyk-Reyes', 'Washington', '*Hunter', 'Nakamura-Doyle', 'Oyelaran', 'Whitfield'],
    order: 'gs', join: ' ', honour: (s) => `Ms. ${s}`,
    mobile: { prefixes: ['503', '971', '206', '425'], nsnLength: 10, national: '(###) ###-####', international: '+1 ###-###-####' },
    cities: [{ name: 'Portland, OR', postcode: '972##', lat: 45.5051, lon: -122.675 }, { name: 'Tacoma, WA', postcode: '984##', lat: 47.2529, lon: -122.4443 }],
    street: (r, city, pc) => { const k = `${r.int(100, 9800)} ${r.pick(['SE Division St', 'N Killingsworth St', 'Pacific Ave', 'S Yakima Ave'])}`; return { full: `${k}, ${city} ${pc}`, key: k }; },
    plates: ['9AAA999', 'AAA9999'], date: (y, m, d) => `${pad(m)}/${pad(d)}/${y}`, w: EN_LABELS,
    prose: [
      'Per the fraud desk, {P} disputed the charges after {D} was enrolled into the botnet talking to {C}.',
      'Subscriber {P} can be reached at {F}; account flagged for SIM swap review.',
      'Tech notes: {F} confirmed during the truck roll.',
    ],
    submitters: [{ name: 'Cascadia Telematics Inc.', short: 'Cascadia Telematics', domain: 'cascadiatelematics.com' }],
    customers: [{ name: 'Riverbend Pediatrics LLC', short: 'Riverbend Pediatrics', domain: 'riverbendpeds.com' }],
  },
  {
    lang: 'de', country: 'DE', cc: '49', mcc: '262', mnc: ['01', '02', '03'],
    given: ['Jürgen', 'Mechthild', 'Hannelore', 'Ole', 'Friedemann', 'Lieselotte', 'Kai-Uwe'],
    surnames: ['Großkopf', '*Fuchs', '*Sommer', 'Schwarzenbeck', 'Özdemir', 'Wendtland', 'Brückner'],
    order: 'gs', join: ' ', honour: (s) => `Herr ${s}`,
    mobile: { prefixes: ['151', '160', '171', '176', '1522'], nsnLength: 11, national: '0### ########', international: '+49 ### ########' },
    landline: { prefixes: ['341', '351', '40'], nsnLength: 10, national: '0#### #####', international: '+49 #### #####' },
    cities: [{ name: 'Leipzig', postcode: '042##', lat: 51.3397, lon: 12.3731 }, { name: 'Dresden', postcode: '010##', lat: 51.0504, lon: 13.7373 }, { name: 'Bad Kreuznach', postcode: '555##', lat: 49.8414, lon: 7.8669 }],
    street: (r, city, pc) => { const k = `${r.pick(['Karl-Heine-Straße', 'Am Mühlgraben', 'Lindenauer Markt', 'Gohliser Weg'])} ${r.int(1, 140)}${r.pick(['', 'a', 'b'])}`; return { full: `${k}, ${pc} ${city}`, key: k }; },
    plates: ['L-AA 999', 'DD-A 9999', 'KH-AA 99'], iban: ['DE', '18n'], date: dmy('.'),
    w: {
      customer: 'Kunde', technician: 'Servicetechniker', employee: 'Mitarbeiter', phone: 'Tel.', email: 'E-Mail', address: 'Anschrift', dob: 'geb.',
      serial: 'Seriennr.', contract: 'Vertragsnr.', custno: 'Kundennr.', ticket: 'Ticket', user: 'Benutzer', password: 'Passwort', plate: 'Kennzeichen',
      account: 'Bankverbindung', location: 'Standort', regards: 'Mit freundlichen Grüßen', summary: 'Zusammenfassung', affected: 'Betroffen',
      attacker: 'Angreiferinfrastruktur', timeline: 'Zeitlinie', action: 'Maßnahmen',
    },
    prose: [
      'Laut Aussage von {P} hat {D} nach dem Update wiederholt Verbindungen zu {C} aufgebaut.',
      'Ansprechpartner beim Kunden: {P}, {F}.',
      'Vor Ort wurde festgestellt: {F}; Gerät wurde getauscht.',
    ],
    submitters: [{ name: 'Elbwerk Messsysteme GmbH', short: 'Elbwerk', domain: 'elbwerk-mess.de' }, { name: 'Funkbrücke Mobilfunk AG', short: 'Funkbrücke', domain: 'funkbruecke.de' }],
    customers: [{ name: 'Stadtwerke Kleinmühlen', short: 'SW Kleinmühlen', domain: 'sw-kleinmuehlen.de' }, { name: 'Pflegeheim Sonnenhang gGmbH', short: 'Sonnenhang', domain: 'sonnenhang-pflege.de' }],
  },
  {
    lang: 'fr', country: 'FR', cc: '33', mcc: '208', mnc: ['01', '10', '20'],
    given: ['Anne-Sophie', 'Gwenaël', 'Maëlys', 'Thibault', 'Soizic', 'Aurore'],
    surnames: ['Le Goff', 'Delacroix-Mbeki', '*Lebrun', 'Kerhervé', 'Vasseur', 'Ducroquet'],
    order: 'gs', join: ' ', honour: (s) => `M. ${s}`,
    mobile: { prefixes: ['6', '7'], nsnLength: 9, national: '0# ## ## ## ##', international: '+33 # ## ## ## ##' },
    cities: [{ name: 'Lyon', postcode: '6900#', lat: 45.764, lon: 4.8357 }, { name: 'Brest', postcode: '292##', lat: 48.3904, lon: -4.4861 }],
    street: (r, city, pc) => { const k = `${r.int(1, 90)} ${r.pick(['rue des Tanneurs', 'avenue Jean-Jaurès', 'impasse du Moulin', 'quai de Saône'])}`; return { full: `${k}, ${pc} ${city}`, key: k }; },
    plates: ['AA-999-AA'], iban: ['FR', '23n'], date: dmy('/'),
    w: {
      customer: 'client', technician: 'technicien', employee: 'salarié', phone: 'tél.', email: 'courriel', address: 'adresse', dob: 'né le',
      serial: 'n° de série', contract: 'n° de contrat', custno: 'n° client', ticket: 'ticket', user: 'utilisateur', password: 'mot de passe', plate: 'immatriculation',
      account: 'RIB', location: 'localisation', regards: 'Cordialement', summary: 'Résumé', affected: 'Périmètre', attacker: 'Infrastructure attaquante',
      timeline: 'Chronologie', action: 'Mesures prises',
    },
    prose: [
      'Selon {P}, le {D} a contacté {C} à plusieurs reprises depuis la mise à jour.',
      'Interlocuteur côté client : {P}, {F}.',
      'Constat du technicien sur place : {F}.',
    ],
    submitters: [{ name: 'Atlantelec Systèmes SAS', short: 'Atlantelec', domain: 'atlantelec.fr' }],
    customers: [{ name: 'Régie des Eaux de Valcourt', short: 'Régie de Valcourt', domain: 'eaux-valcourt.fr' }],
  },
  {
    lang: 'es', country: 'ES', cc: '34', mcc: '214', mnc: ['01', '03', '07'],
    given: ['Dolores', 'Iker', 'Ainhoa', 'Nerea', 'Fulgencio', 'Rocío'],
    surnames: ['García-Albéniz', '*Blanco', 'Etxeberria', 'Zamorano', 'Villalobos', 'Urquijo'],
    order: 'gs', join: ' ', honour: (s) => `Sr. ${s}`,
    mobile: { prefixes: ['6', '7'], nsnLength: 9, national: '### ### ###', international: '+34 ### ## ## ##' },
    cities: [{ name: 'Bilbao', postcode: '480##', lat: 43.263, lon: -2.935 }, { name: 'Zaragoza', postcode: '500##', lat: 41.6488, lon: -0.8891 }],
    street: (r, city, pc) => { const k = `${r.pick(['Calle de Toledo', 'Avenida Sabino Arana', 'Calle Mayor', 'Paseo de la Independencia'])} ${r.int(1, 120)}`; return { full: `${k}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'izda.'])}, ${pc} ${city}`, key: k }; },
    plates: ['9999 AAA'], plateLetters: 'BCDFGHJKLMNPRSTVWXYZ', iban: ['ES', '20n'], date: dmy('/'),
    w: {
      customer: 'cliente', technician: 'técnico', employee: 'empleado', phone: 'tel.', email: 'correo', address: 'domicilio', dob: 'fecha de nacimiento',
      serial: 'n.º de serie', contract: 'n.º de contrato', custno: 'n.º de cliente', ticket: 'incidencia', user: 'usuario', password: 'contraseña', plate: 'matrícula',
      account: 'cuenta', location: 'ubicación', regards: 'Un saludo', summary: 'Resumen', affected: 'Afectados', attacker: 'Infraestructura del atacante',
      timeline: 'Cronología', action: 'Acciones',
    },
    prose: [
      'Según {P}, el {D} empezó a conectarse a {C} tras la actualización.',
      'Persona de contacto del cliente: {P}, {F}.',
      'El técnico comprobó in situ: {F}.',
    ],
    submitters: [{ name: 'Telemetría Cantábrica S.L.', short: 'Telecantábrica', domain: 'telecantabrica.es' }],
    customers: [{ name: 'Comunidad de Regantes del Jalón', short: 'Regantes del Jalón', domain: 'regantesjalon.es' }],
  },
  {
    lang: 'it', country: 'IT', cc: '39', mcc: '222', mnc: ['01', '10', '88'],
    given: ['Serena', 'Gianluca', 'Fortunato', 'Ludovica', 'Ermenegildo', 'Assunta'],
    surnames: ['Bonfiglio', 'Scarpellini', 'Di Stefano', '*Gallo', 'Cagnazzo', 'Pellegatta'],
    order: 'gs', join: ' ', honour: (s) => `dott. ${s}`,
    mobile: { prefixes: ['320', '333', '347', '389'], nsnLength: 10, national: '### ### ####', international: '+39 ### ### ####' },
    cities: [{ name: 'Bergamo', postcode: '241##', lat: 45.6983, lon: 9.6773 }, { name: 'Lecce', postcode: '731##', lat: 40.3515, lon: 18.175 }],
    street: (r, city, pc) => { const k = `${r.pick(['Via Giuseppe Verdi', 'Viale Papa Giovanni XXIII', 'Via dei Mille', 'Corso Vittorio Emanuele'])} ${r.int(1, 99)}`; return { full: `${k}, ${pc} ${city}`, key: k }; },
    plates: ['AA 999AA'], iban: ['IT', '1a22n'], date: dmy('/'),
    w: {
      customer: 'cliente', technician: 'tecnico', employee: 'dipendente', phone: 'cell.', email: 'e-mail', address: 'indirizzo', dob: 'nato il',
      serial: 'matricola', contract: 'n. contratto', custno: 'codice cliente', ticket: 'segnalazione', user: 'utente', password: 'password', plate: 'targa',
      account: 'IBAN', location: 'posizione', regards: 'Cordiali saluti', summary: 'Sintesi', affected: 'Impatto', attacker: 'Infrastruttura dell’attaccante',
      timeline: 'Cronologia', action: 'Azioni',
    },
    prose: [
      'Secondo {P}, il {D} ha iniziato a contattare {C} dopo l’aggiornamento.',
      'Referente presso il cliente: {P}, {F}.',
      'Il tecnico in loco ha rilevato: {F}.',
    ],
    submitters: [{ name: 'Contatori Padani S.p.A.', short: 'Contapad', domain: 'contapad.it' }],
    customers: [{ name: 'Casa di Cura Villa Serenella', short: 'Villa Serenella', domain: 'villaserenella.it' }],
  },
  {
    lang: 'nl', country: 'NL', cc: '31', mcc: '204', mnc: ['04', '08', '16'],
    given: ['Sanne', 'Joost', 'Femke', 'Gijsbert', 'Marijke', 'Teun'],
    surnames: ['van der Heijden', 'Brouwer-Kok', '*Visser', 'Wijnaldum', 'Hoekstra', 'Dijkgraaf'],
    order: 'gs', join: ' ', honour: (s) => `dhr. ${s}`,
    mobile: { prefixes: ['6'], nsnLength: 9, national: '0#-########', international: '+31 # ########' },
    cities: [{ name: 'Zwolle', postcode: '8011 @@', lat: 52.5168, lon: 6.083 }, { name: 'Tilburg', postcode: '5038 @@', lat: 51.5555, lon: 5.0913 }],
    street: (r, city, pc) => { const k = `${r.pick(['Keizersgracht', 'Melkmarkt', 'Spoorlaan', 'Assendorperstraat'])} ${r.int(1, 400)}`; return { full: `${k}, ${pc} ${city}`, key: k }; },
    plates: ['AA-999-A', '99-AAA-9'], plateLetters: 'BDFGHJKLNPRSTVXZ', iban: ['NL', '4a10n'], date: dmy('-'),
    w: {
      customer: 'klant', technician: 'monteur', employee: 'medewerker', phone: 'tel.', email: 'e-mail', address: 'adres', dob: 'geboortedatum',
      serial: 'serienummer', contract: 'contractnummer', custno: 'klantnummer', ticket: 'melding', user: 'gebruiker', password: 'wachtwoord', plate: 'kenteken',
      account: 'rekening', location: 'locatie', regards: 'Met vriendelijke groet', summary: 'Samenvatting', affected: 'Getroffen', attacker: 'Infrastructuur aanvaller',
      timeline: 'Tijdlijn', action: 'Genomen maatregelen',
    },
    prose: [
      'Volgens {P} maakte de {D} na de update steeds verbinding met {C}.',
      'Contactpersoon bij de klant: {P}, {F}.',
      'De monteur stelde ter plaatse vast: {F}.',
    ],
    submitters: [{ name: 'Polderlink Netwerken B.V.', short: 'Polderlink', domain: 'polderlink.nl' }],
    customers: [{ name: 'Woonstichting De Vaart', short: 'De Vaart', domain: 'woonstichtingdevaart.nl' }],
  },
  {
    lang: 'pt', country: 'PT', cc: '351', mcc: '268', mnc: ['01', '03', '06'],
    given: ['Conceição', 'Gonçalo', 'Leonor', 'Rui', 'Graça', 'Tiago'],
    surnames: ['Magalhães', 'Vasconcelos', 'Sá Carneiro', '*Rosa', 'Quaresma', 'Brandão'],
    order: 'gs', join: ' ', honour: (s) => `Sr. ${s}`,
    mobile: { prefixes: ['91', '93', '96'], nsnLength: 9, national: '### ### ###', international: '+351 ### ### ###' },
    cities: [{ name: 'Braga', postcode: '4700-###', lat: 41.5454, lon: -8.4265 }, { name: 'Coimbra', postcode: '3000-###', lat: 40.2033, lon: -8.4103 }],
    street: (r, city, pc) => { const k = `${r.pick(['Rua do Souto', 'Avenida da Liberdade', 'Travessa das Flores', 'Rua Ferreira Borges'])} ${r.int(1, 250)}`; return { full: `${k}, ${r.int(1, 6)}.º Esq., ${pc} ${city}`, key: k }; },
    plates: ['AA-99-AA'], iban: ['PT', '21n'], date: dmy('/'),
    w: {
      customer: 'cliente', technician: 'técnico', employee: 'colaborador', phone: 'telemóvel', email: 'e-mail', address: 'morada', dob: 'data de nascimento',
      serial: 'n.º de série', contract: 'n.º de contrato', custno: 'n.º de cliente', ticket: 'pedido', user: 'utilizador', password: 'palavra-passe', plate: 'matrícula',
      account: 'conta', location: 'localização', regards: 'Com os melhores cumprimentos', summary: 'Resumo', affected: 'Afetados', attacker: 'Infraestrutura do atacante',
      timeline: 'Cronologia', action: 'Ações',
    },
    prose: [
      'Segundo {P}, o {D} começou a ligar-se a {C} depois da atualização.',
      'Contacto no cliente: {P}, {F}.',
      'O técnico verificou no local: {F}.',
    ],
    submitters: [{ name: 'Lusocontagem Tecnologias, Lda.', short: 'Lusocontagem', domain: 'lusocontagem.pt' }],
    customers: [{ name: 'Clínica Dentária Sorriso do Mondego', short: 'Sorriso do Mondego', domain: 'sorrisomondego.pt' }],
  },
  {
    lang: 'pl', country: 'PL', cc: '48', mcc: '260', mnc: ['01', '02', '03'],
    given: ['Grzegorz', 'Małgorzata', 'Jędrzej', 'Bożena', 'Wiesław', 'Zdzisława'],
    surnames: ['Wróblewski', 'Szczepańska', 'Chrząszcz', 'Grabowska', '*Mróz', 'Pietrzykowski'],
    order: 'gs', join: ' ', honour: (s) => `Pan ${s}`,
    mobile: { prefixes: ['50', '60', '69', '79', '88'], nsnLength: 9, national: '### ### ###', international: '+48 ### ### ###' },
    cities: [{ name: 'Poznań', postcode: '60-###', lat: 52.4064, lon: 16.9252 }, { name: 'Rzeszów', postcode: '35-###', lat: 50.0412, lon: 21.9991 }],
    street: (r, city, pc) => { const k = `ul. ${r.pick(['Marszałkowska', 'Półwiejska', 'Grunwaldzka', 'Kościuszki'])} ${r.int(1, 120)}/${r.int(1, 40)}`; return { full: `${k}, ${pc} ${city}`, key: k }; },
    plates: ['AA 99999', 'AAA 9A99'], iban: ['PL', '24n'], date: dmy('.'),
    w: {
      customer: 'klient', technician: 'serwisant', employee: 'pracownik', phone: 'tel.', email: 'e-mail', address: 'adres', dob: 'data ur.',
      serial: 'nr seryjny', contract: 'nr umowy', custno: 'nr klienta', ticket: 'zgłoszenie', user: 'użytkownik', password: 'hasło', plate: 'nr rej.',
      account: 'rachunek', location: 'lokalizacja', regards: 'Pozdrawiam', summary: 'Podsumowanie', affected: 'Dotyczy', attacker: 'Infrastruktura atakującego',
      timeline: 'Oś czasu', action: 'Podjęte działania',
    },
    prose: [
      'Według {P} {D} po aktualizacji zaczął łączyć się z {C}.',
      'Osoba kontaktowa po stronie klienta: {P}, {F}.',
      'Serwisant stwierdził na miejscu: {F}.',
    ],
    submitters: [{ name: 'Wiślane Liczniki Sp. z o.o.', short: 'Wiślane Liczniki', domain: 'wislane-liczniki.pl' }],
    customers: [{ name: 'Spółdzielnia Mieszkaniowa Zielony Jar', short: 'SM Zielony Jar', domain: 'smzielonyjar.pl' }],
  },
  {
    lang: 'cs', country: 'CZ', cc: '420', mcc: '230', mnc: ['01', '02', '03'],
    given: ['Bořivoj', 'Květoslava', 'Radek', 'Vendula', 'Přemysl', 'Libuše'],
    surnames: ['Dvořáček', 'Šťastná', 'Procházka', 'Hrubešová', '*Král', 'Kučerová'],
    order: 'gs', join: ' ', honour: (s) => `pan ${s}`,
    mobile: { prefixes: ['602', '604', '721', '777'], nsnLength: 9, national: '### ### ###', international: '+420 ### ### ###' },
    cities: [{ name: 'Brno', postcode: '602 00', lat: 49.1951, lon: 16.6068 }, { name: 'Olomouc', postcode: '779 00', lat: 49.5938, lon: 17.2509 }],
    street: (r, city, pc) => { const k = `${r.pick(['Údolní', 'Kounicova', 'Třída Svobody', 'Palackého'])} ${r.int(1, 90)}`; return { full: `${k}, ${pc} ${city}`, key: k }; },
    plates: ['9A9 9999'], iban: ['CZ', '20n'], date: (y, m, d) => `${d}. ${m}. ${y}`,
    w: {
      customer: 'zákazník', technician: 'technik', employee: 'zaměstnanec', phone: 'tel.', email: 'e-mail', address: 'adresa', dob: 'nar.',
      serial: 'výrobní číslo', contract: 'číslo smlouvy', custno: 'zákaznické číslo', ticket: 'požadavek', user: 'uživatel', password: 'heslo', plate: 'SPZ',
      account: 'účet', location: 'poloha', regards: 'S pozdravem', summary: 'Shrnutí', affected: 'Dotčeno', attacker: 'Infrastruktura útočníka',
      timeline: 'Časová osa', action: 'Přijatá opatření',
    },
    prose: [
      'Podle {P} se {D} po aktualizaci opakovaně připojoval k {C}.',
      'Kontaktní osoba zákazníka: {P}, {F}.',
      'Technik na místě zjistil: {F}.',
    ],
    submitters: [{ name: 'Moravské měřicí systémy a.s.', short: 'MoravMěř', domain: 'moravmer.cz' }],
    customers: [{ name: 'Teplárna Hodonín-Sever', short: 'Teplárna Hodonín', domain: 'teplarna-hodonin.cz' }],
  },
  {
    lang: 'fi', country: 'FI', cc: '358', mcc: '244', mnc: ['05', '12', '91'],
    given: ['Aino', 'Onni', 'Tuulikki', 'Väinö', 'Kyllikki', 'Lauri'],
    surnames: ['Heikkilä', 'Väisänen', 'Kärkkäinen', '*Kivi', 'Hyvärinen', 'Nieminen'],
    order: 'gs', join: ' ', honour: (s) => s,
    mobile: { prefixes: ['40', '44', '50'], nsnLength: 9, national: '0## ### ####', international: '+358 ## ### ####' },
    cities: [{ name: 'Tampere', postcode: '33#00', lat: 61.4978, lon: 23.761 }, { name: 'Oulu', postcode: '90#00', lat: 65.0121, lon: 25.4651 }],
    street: (r, city, pc) => { const k = `${r.pick(['Hämeenkatu', 'Kauppurienkatu', 'Satakunnankatu', 'Isokatu'])} ${r.int(1, 60)} ${r.pick(['A', 'B', 'C'])} ${r.int(1, 30)}`; return { full: `${k}, ${pc} ${city}`, key: k }; },
    plates: ['AAA-999'], iban: ['FI', '14n'], date: (y, m, d) => `${d}.${m}.${y}`,
    w: {
      customer: 'asiakas', technician: 'asentaja', employee: 'työntekijä', phone: 'puh.', email: 'sähköposti', address: 'osoite', dob: 'syntymäaika',
      serial: 'sarjanumero', contract: 'sopimusnumero', custno: 'asiakasnumero', ticket: 'tiketti', user: 'käyttäjä', password: 'salasana', plate: 'rekisterinumero',
      account: 'tilinumero', location: 'sijainti', regards: 'Ystävällisin terveisin', summary: 'Yhteenveto', affected: 'Kohteet', attacker: 'Hyökkääjän infrastruktuuri',
      timeline: 'Aikajana', action: 'Toimenpiteet',
    },
    prose: [
      'Asiakkaan {P} mukaan {D} otti päivityksen jälkeen yhteyttä osoitteeseen {C}.',
      'Yhteyshenkilö: {P}, {F}.',
      'Asentaja totesi paikan päällä: {F}.',
    ],
    submitters: [{ name: 'Pohjolan Mittaus Oy', short: 'Pohjolan Mittaus', domain: 'pohjolanmittaus.fi' }],
    customers: [{ name: 'Asunto Oy Kuusikallio', short: 'Kuusikallio', domain: 'kuusikallio.fi' }],
  },
  {
    lang: 'da', country: 'DK', cc: '45', mcc: '238', mnc: ['01', '02', '20'],
    given: ['Bo', 'Ib', 'Signe', 'Mads', 'Ditte', 'Asger'],
    surnames: ['Søndergaard', 'Kjærsgaard', 'Østergaard', '*Skov', 'Thygesen', 'Bækgaard'],
    order: 'gs', join: ' ', honour: (s) => s,
    mobile: { prefixes: ['20', '30', '40', '60'], nsnLength: 8, national: '## ## ## ##', international: '+45 ## ## ## ##' },
    cities: [{ name: 'Aarhus C', postcode: '8000', lat: 56.1572, lon: 10.2107 }, { name: 'Odense', postcode: '5000', lat: 55.4038, lon: 10.4024 }],
    street: (r, city, pc) => { const k = `${r.pick(['Nørregade', 'Jægergårdsgade', 'Vesterbro', 'Åboulevarden'])} ${r.int(1, 99)}`; return { full: `${k}, ${r.int(1, 5)}. tv., ${pc} ${city}`, key: k }; },
    plates: ['AA 99 999'], iban: ['DK', '14n'], date: dmy('-'),
    w: {
      customer: 'kunde', technician: 'tekniker', employee: 'medarbejder', phone: 'tlf.', email: 'e-mail', address: 'adresse', dob: 'fødselsdato',
      serial: 'serienr.', contract: 'kontraktnr.', custno: 'kundenr.', ticket: 'sag', user: 'bruger', password: 'adgangskode', plate: 'nummerplade',
      account: 'konto', location: 'placering', regards: 'Med venlig hilsen', summary: 'Resumé', affected: 'Berørt', attacker: 'Angriberens infrastruktur',
      timeline: 'Tidslinje', action: 'Tiltag',
    },
    prose: [
      'Ifølge {P} begyndte {D} at forbinde til {C} efter opdateringen.',
      'Kontaktperson hos kunden: {P}, {F}.',
      'Teknikeren konstaterede på stedet: {F}.',
    ],
    submitters: [{ name: 'Vestjysk Ladeteknik ApS', short: 'Vestjysk Ladeteknik', domain: 'vjladeteknik.dk' }],
    customers: [{ name: 'Andelsboligforeningen Havblik', short: 'Havblik', domain: 'abf-havblik.dk' }],
  },
  {
    lang: 'no', country: 'NO', cc: '47', mcc: '242', mnc: ['01', '02', '14'],
    given: ['Solveig', 'Eirik', 'Ingrid', 'Torbjørn', 'Sigrun', 'Håkon'],
    surnames: ['Bjørnstad', 'Haugland', 'Fjeldheim', '*Berg', 'Grøtterud', 'Løvaas'],
    order: 'gs', join: ' ', honour: (s) => s,
    mobile: { prefixes: ['4', '9'], nsnLength: 8, national: '### ## ###', international: '+47 ### ## ###' },
    cities: [{ name: 'Bergen', postcode: '50##', lat: 60.3913, lon: 5.3221 }, { name: 'Tromsø', postcode: '90##', lat: 69.6492, lon: 18.9553 }],
    street: (r, city, pc) => { const k = `${r.pick(['Storgata', 'Kong Oscars gate', 'Sjøgata', 'Håkons gate'])} ${r.int(1, 80)}`; return { full: `${k}, ${pc} ${city}`, key: k }; },
    plates: ['AA 99999'], iban: ['NO', '11n'], date: dmy('.'),
    w: {
      customer: 'kunde', technician: 'montør', employee: 'ansatt', phone: 'tlf.', email: 'e-post', address: 'adresse', dob: 'fødselsdato',
      serial: 'serienr.', contract: 'avtalenr.', custno: 'kundenr.', ticket: 'sak', user: 'bruker', password: 'passord', plate: 'skilt',
      account: 'kontonr.', location: 'posisjon', regards: 'Vennlig hilsen', summary: 'Sammendrag', affected: 'Berørt', attacker: 'Angriperens infrastruktur',
      timeline: 'Tidslinje', action: 'Tiltak',
    },
    prose: [
      'Ifølge {P} koblet {D} seg til {C} gjentatte ganger etter oppdateringen.',
      'Kontaktperson hos kunden: {P}, {F}.',
      'Montøren fant på stedet: {F}.',
    ],
    submitters: [{ name: 'Nordkapp Nett AS', short: 'Nordkapp Nett', domain: 'nordkappnett.no' }],
    customers: [{ name: 'Sameiet Fjellsiden', short: 'Fjellsiden', domain: 'sameiet-fjellsiden.no' }],
  },
  {
    lang: 'el', country: 'GR', cc: '30', mcc: '202', mnc: ['01', '05', '10'],
    given: ['Αικατερίνη|Aikaterini', 'Σπυρίδων|Spyridon', 'Ευανθία|Evanthia', 'Χαράλαμπος|Charalampos', 'Δέσποινα|Despoina'],
    surnames: ['Παπαδοπούλου|Papadopoulou', 'Καραγιάννης|Karagiannis', 'Μαυρομάτης|Mavromatis', 'Τσιμπούκη|Tsimpouki', 'Αλεξανδρόπουλος|Alexandropoulos'],
    order: 'gs', join: ' ', honour: (s) => `κ. ${s}`,
    mobile: { prefixes: ['69'], nsnLength: 10, national: '### ### ####', international: '+30 ### ### ####' },
    cities: [{ name: 'Θεσσαλονίκη', postcode: '546 ##', lat: 40.6401, lon: 22.9444 }, { name: 'Πάτρα', postcode: '262 ##', lat: 38.2466, lon: 21.7346 }],
    street: (r, city, pc) => { const k = `${r.pick(['Οδός Εγνατίας', 'Λεωφόρος Νίκης', 'Οδός Μαιζώνος', 'Οδός Τσιμισκή'])} ${r.int(1, 150)}`; return { full: `${k}, ${pc} ${city}`, key: k }; },
    plates: ['AAA-9999'], plateLetters: 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ', iban: ['GR', '23n'], date: dmy('/'),
    w: {
      customer: 'πελάτης', technician: 'τεχνικός', employee: 'υπάλληλος', phone: 'τηλ.', email: 'email', address: 'διεύθυνση', dob: 'ημ. γέννησης',
      serial: 'σειριακός αριθμός', contract: 'αρ. σύμβασης', custno: 'κωδ. πελάτη', ticket: 'αίτημα', user: 'χρήστης', password: 'κωδικός', plate: 'πινακίδα',
      account: 'λογαριασμός', location: 'τοποθεσία', regards: 'Με εκτίμηση', summary: 'Περίληψη', affected: 'Επηρεάζονται', attacker: 'Υποδομή επιτιθέμενου',
      timeline: 'Χρονολόγιο', action: 'Ενέργειες',
    },
    prose: [
      'Σύμφωνα με τον/την {P}, το {D} συνδεόταν επανειλημμένα με {C} μετά την ενημέρωση.',
      'Υπεύθυνος επικοινωνίας πελάτη: {P}, {F}.',
      'Ο τεχνικός διαπίστωσε επί τόπου: {F}.',
    ],
    submitters: [{ name: 'Αιγαίο Τηλεμετρία Α.Ε.', short: 'Αιγαίο Τηλεμετρία', domain: 'aigaio-telemetry.gr' }],
    customers: [{ name: 'ΔΕΥΑ Καλαμπάκας', short: 'ΔΕΥΑ Καλαμπάκας', domain: 'deya-kalampakas.gr' }],
  },
  {
    lang: 'ro', country: 'RO', cc: '40', mcc: '226', mnc: ['01', '03', '10'],
    given: ['Ionuț', 'Mirela', 'Florin', 'Ștefania', 'Sorin', 'Luminița'],
    surnames: ['Popescu-Tăriceanu', 'Dumitrașcu', 'Vlădescu', '*Lupu', 'Niculescu', 'Băluță'],
    order: 'gs', join: ' ', honour: (s) => `dl. ${s}`,
    mobile: { prefixes: ['72', '74', '75', '76'], nsnLength: 9, national: '0### ### ###', international: '+40 ### ### ###' },
    cities: [{ name: 'Cluj-Napoca', postcode: '400###', lat: 46.7712, lon: 23.6236 }, { name: 'Iași', postcode: '700###', lat: 47.1585, lon: 27.6014 }],
    street: (r, city, pc) => { const k = `${r.pick(['Strada Memorandumului', 'Bulevardul Eroilor', 'Strada Lăpușneanu', 'Calea Dorobanților'])} nr. ${r.int(1, 99)}`; return { full: `${k}, ap. ${r.int(1, 40)}, ${city} ${pc}`, key: k }; },
    plates: ['AA 99 AAA', 'A 999 AAA'], iban: ['RO', '4a16c'], date: dmy('.'),
    w: {
      customer: 'client', technician: 'tehnician', employee: 'angajat', phone: 'tel.', email: 'e-mail', address: 'adresă', dob: 'data nașterii',
      serial: 'serie', contract: 'nr. contract', custno: 'cod client', ticket: 'tichet', user: 'utilizator', password: 'parolă', plate: 'nr. înmatriculare',
      account: 'cont', location: 'locație', regards: 'Cu stimă', summary: 'Rezumat', affected: 'Afectat', attacker: 'Infrastructura atacatorului',
      timeline: 'Cronologie', action: 'Măsuri',
    },
    prose: [
      'Conform declarației lui {P}, {D} s-a conectat repetat la {C} după actualizare.',
      'Persoana de contact a clientului: {P}, {F}.',
      'Tehnicianul a constatat la fața locului: {F}.',
    ],
    submitters: [{ name: 'Carpatic Energie Digitală SRL', short: 'Carpatic Energie', domain: 'carpatic-energie.ro' }],
    customers: [{ name: 'Asociația de Proprietari Bloc M7 Mănăștur', short: 'Bloc M7', domain: 'blocm7-manastur.ro' }],
  },
  {
    lang: 'hu', country: 'HU', cc: '36', mcc: '216', mnc: ['01', '30', '70'],
    given: ['Zsófia', 'Bence', 'Gyöngyi', 'Levente', 'Erzsébet', 'Tihamér'],
    surnames: ['Kovácsné', 'Szentgyörgyi', 'Fehérvári', '*Nagy', 'Bódis', 'Lakatos'],
    order: 'sg', join: ' ', honour: (s) => `${s} úr`,
    mobile: { prefixes: ['20', '30', '70'], nsnLength: 9, national: '06 ## ### ####', international: '+36 ## ### ####' },
    cities: [{ name: 'Debrecen', postcode: '40##', lat: 47.5316, lon: 21.6273 }, { name: 'Pécs', postcode: '76##', lat: 46.0727, lon: 18.2323 }],
    street: (r, city, pc) => { const k = `${r.pick(['Piac utca', 'Király utca', 'Rákóczi út', 'Széchenyi tér'])} ${r.int(1, 90)}.`; return { full: `${pc} ${city}, ${k}`, key: k }; },
    plates: ['AAA-999', 'AA AA-999'], iban: ['HU', '24n'], date: (y, m, d) => `${y}.${pad(m)}.${pad(d)}.`,
    w: {
      customer: 'ügyfél', technician: 'szerelő', employee: 'munkatárs', phone: 'tel.', email: 'e-mail', address: 'cím', dob: 'szül.',
      serial: 'gyári szám', contract: 'szerződésszám', custno: 'ügyfélszám', ticket: 'hibajegy', user: 'felhasználó', password: 'jelszó', plate: 'rendszám',
      account: 'számlaszám', location: 'helyszín', regards: 'Üdvözlettel', summary: 'Összefoglaló', affected: 'Érintett', attacker: 'Támadói infrastruktúra',
      timeline: 'Idővonal', action: 'Intézkedések',
    },
    prose: [
      '{P} elmondása szerint a(z) {D} a frissítés után többször csatlakozott ide: {C}.',
      'Kapcsolattartó az ügyfélnél: {P}, {F}.',
      'A szerelő a helyszínen megállapította: {F}.',
    ],
    submitters: [{ name: 'Tiszamérő Kft.', short: 'Tiszamérő', domain: 'tiszamero.hu' }],
    customers: [{ name: 'Hajdúsági Vízmű Zrt.', short: 'Hajdúsági Vízmű', domain: 'hajdusagivizmu.hu' }],
  },
  {
    lang: 'ja', country: 'JP', cc: '81', mcc: '440', mnc: ['10', '20', '50'],
    given: ['健太|kenta', '美咲|misaki', '翔|sho', '千尋|chihiro', '大輔|daisuke', '陽菜|hina'],
    surnames: ['佐々木|sasaki', '高橋|takahashi', '渡邊|watanabe', '長谷川|hasegawa', '小野寺|onodera', '五十嵐|igarashi'],
    order: 'sg', join: '', honour: (s) => `${s}様`,
    mobile: { prefixes: ['90', '80', '70'], nsnLength: 10, national: '0##-####-####', international: '+81 ##-####-####' },
    cities: [{ name: '大阪市北区', postcode: '〒530-####', lat: 34.7025, lon: 135.4959 }, { name: '横浜市中区', postcode: '〒231-####', lat: 35.4437, lon: 139.638 }],
    street: (r, city, pc) => { const k = `${r.pick(['梅田', '本町', '山下町', '元町'])}${r.int(1, 4)}丁目${r.int(1, 30)}-${r.int(1, 20)}`; return { full: `${pc} ${city}${k}`, key: k }; },
    plates: ['品川 399 あ 99-99', 'なにわ 599 さ 99-99'], date: (y, m, d) => `${y}年${m}月${d}日`,
    w: {
      customer: 'お客様', technician: '作業員', employee: '社員', phone: '電話', email: 'メール', address: '住所', dob: '生年月日',
      serial: '製造番号', contract: '契約番号', custno: 'お客様番号', ticket: '受付番号', user: 'ユーザー', password: 'パスワード', plate: 'ナンバー',
      account: '口座番号', location: '設置場所', regards: '以上、よろしくお願いいたします。', summary: '概要', affected: '影響範囲', attacker: '攻撃者インフラ',
      timeline: '時系列', action: '対応内容',
    },
    prose: [
      '{P}からの申告によると、更新後に{D}が{C}へ繰り返し接続していた。',
      'お客様窓口：{P}（{F}）',
      '現地作業員の確認結果：{F}',
    ],
    submitters: [{ name: '瀬戸内スマートメーター株式会社', short: '瀬戸内スマートメーター', domain: 'setouchi-sm.co.jp' }],
    customers: [{ name: '医療法人社団 桜坂クリニック', short: '桜坂クリニック', domain: 'sakurazaka-cl.jp' }],
  },
  {
    lang: 'zh', country: 'CN', cc: '86', mcc: '460', mnc: ['00', '01', '11'],
    given: ['秀英|xiuying', '建国|jianguo', '子涵|zihan', '志强|zhiqiang', '雨桐|yutong'],
    surnames: ['欧阳|ouyang', '诸葛|zhuge', '蔡|cai', '韩|han', '邱|qiu'],
    order: 'sg', join: '', honour: (s) => `${s}先生`,
    mobile: { prefixes: ['138', '139', '186', '159'], nsnLength: 11, national: '### #### ####', international: '+86 ### #### ####' },
    cities: [{ name: '深圳市南山区', postcode: '5180##', lat: 22.5333, lon: 113.9304 }, { name: '杭州市西湖区', postcode: '3100##', lat: 30.2592, lon: 120.13 }],
    street: (r, city, pc) => { const k = `${r.pick(['科技园路', '文三路', '学院路', '深南大道'])}${r.int(1, 400)}号${r.int(1, 30)}栋${r.int(101, 2605)}室`; return { full: `${city}${k}（邮编${pc}）`, key: k }; },
    plates: ['粤B·A9999', '浙A·99A99'], date: (y, m, d) => `${y}年${m}月${d}日`,
    w: {
      customer: '客户', technician: '现场工程师', employee: '员工', phone: '电话', email: '邮箱', address: '地址', dob: '出生日期',
      serial: '序列号', contract: '合同号', custno: '客户编号', ticket: '工单号', user: '用户', password: '密码', plate: '车牌',
      account: '银行卡号', location: '位置', regards: '此致', summary: '摘要', affected: '受影响', attacker: '攻击者基础设施',
      timeline: '时间线', action: '处置措施',
    },
    prose: [
      '据{P}反映，{D}在升级后反复连接{C}。',
      '客户联系人：{P}，{F}。',
      '现场工程师确认：{F}。',
    ],
    submitters: [{ name: '珠江智能电表有限公司', short: '珠江智能电表', domain: 'zhujiang-meter.cn' }],
    customers: [{ name: '南山区幸福里小区物业', short: '幸福里物业', domain: 'xingfuli-wy.cn' }],
  },
  {
    lang: 'ko', country: 'KR', cc: '82', mcc: '450', mnc: ['05', '06', '08'],
    given: ['지훈|jihoon', '서연|seoyeon', '민준|minjun', '하은|haeun', '도윤|doyoon'],
    surnames: ['김|kim', '선우|sunwoo', '황보|hwangbo', '남궁|namgung', '탁|tak'],
    order: 'sg', join: '', honour: (s) => `${s} 님`,
    mobile: { prefixes: ['10'], nsnLength: 10, national: '0##-####-####', international: '+82 ##-####-####' },
    cities: [{ name: '서울특별시 마포구', postcode: '04###', lat: 37.5663, lon: 126.9019 }, { name: '부산광역시 해운대구', postcode: '48###', lat: 35.1631, lon: 129.1635 }],
    street: (r, city, pc) => { const k = `${r.pick(['월드컵북로', '양화로', '해운대해변로', '센텀중앙로'])} ${r.int(1, 400)}, ${r.int(101, 1505)}호`; return { full: `(${pc}) ${city} ${k}`, key: k }; },
    plates: ['99가 9999', '999나 9999'], date: (y, m, d) => `${y}년 ${m}월 ${d}일`,
    w: {
      customer: '고객', technician: '현장 기사', employee: '직원', phone: '연락처', email: '이메일', address: '주소', dob: '생년월일',
      serial: '일련번호', contract: '계약번호', custno: '고객번호', ticket: '접수번호', user: '사용자', password: '비밀번호', plate: '차량번호',
      account: '계좌번호', location: '위치', regards: '감사합니다', summary: '요약', affected: '영향 범위', attacker: '공격자 인프라',
      timeline: '타임라인', action: '조치 사항',
    },
    prose: [
      '{P}의 신고에 따르면 업데이트 이후 {D}가 {C}에 반복 접속했습니다.',
      '고객 담당자: {P}, {F}',
      '현장 기사 확인 결과: {F}',
    ],
    submitters: [{ name: '한빛텔레매틱스 주식회사', short: '한빛텔레매틱스', domain: 'hanbit-telematics.kr' }],
    customers: [{ name: '푸른숲요양병원', short: '푸른숲요양병원', domain: 'pureunsup-hosp.kr' }],
  },
  {
    lang: 'ar', country: 'SA', cc: '966', mcc: '420', mnc: ['01', '03', '04'],
    given: ['عبدالرحمن|abdulrahman', 'نوف|nouf', 'فيصل|faisal', 'هيفاء|haifa', 'تركي|turki'],
    surnames: ['الشهري|alshehri', 'القحطاني|alqahtani', 'العتيبي|alotaibi', 'بن لادن|binladen', 'الزهراني|alzahrani'],
    order: 'gs', join: ' ', honour: (s) => `الأستاذ ${s}`,
    mobile: { prefixes: ['50', '53', '55', '56'], nsnLength: 9, national: '0## ### ####', international: '+966 ## ### ####' },
    cities: [{ name: 'الرياض', postcode: '12###', lat: 24.7136, lon: 46.6753 }, { name: 'جدة', postcode: '23###', lat: 21.4858, lon: 39.1925 }],
    street: (r, city, pc) => { const k = `${r.pick(['طريق الملك فهد', 'شارع التحلية', 'طريق الأمير سلطان', 'شارع العليا العام'])} ${r.int(1000, 9999)}`; return { full: `${k}، ${city} ${pc}`, key: k }; },
    plates: ['AAA 9999'], iban: ['SA', '2n18c'], date: dmy('/'),
    w: {
      customer: 'العميل', technician: 'الفني', employee: 'الموظف', phone: 'جوال', email: 'البريد', address: 'العنوان', dob: 'تاريخ الميلاد',
      serial: 'الرقم التسلسلي', contract: 'رقم العقد', custno: 'رقم العميل', ticket: 'رقم البلاغ', user: 'المستخدم', password: 'كلمة المرور', plate: 'رقم اللوحة',
      account: 'الحساب', location: 'الموقع', regards: 'مع التحية', summary: 'ملخص', affected: 'المتأثر', attacker: 'بنية المهاجم',
      timeline: 'التسلسل الزمني', action: 'الإجراءات',
    },
    prose: [
      'أفاد {P} بأن {D} اتصل مرارًا بـ {C} بعد التحديث.',
      'جهة الاتصال لدى العميل: {P}، {F}.',
      'أكد الفني في الموقع: {F}.',
    ],
    submitters: [{ name: 'شركة الواحة للعدادات الذكية', short: 'الواحة للعدادات', domain: 'alwaha-meters.sa' }],
    customers: [{ name: 'مستشفى النخيل التخصصي', short: 'مستشفى النخيل', domain: 'alnakheel-hosp.sa' }],
  },
  {
    lang: 'he', country: 'IL', cc: '972', mcc: '425', mnc: ['01', '02', '03'],
    given: ['נועה|noa', 'אביגיל|avigail', 'עומרי|omri', 'יהונתן|yehonatan', 'שירה|shira'],
    surnames: ['בן־חיים|ben-haim', 'רוזנבלום|rosenblum', 'אזולאי|azoulay', 'שטרנברג|sternberg', 'מזרחי|mizrahi'],
    order: 'gs', join: ' ', honour: (s) => `מר ${s}`,
    mobile: { prefixes: ['50', '52', '54', '58'], nsnLength: 9, national: '0##-###-####', international: '+972 ##-###-####' },
    cities: [{ name: 'חיפה', postcode: '32#####', lat: 32.794, lon: 34.9896 }, { name: 'באר שבע', postcode: '84#####', lat: 31.2518, lon: 34.7913 }],
    street: (r, city, pc) => { const k = `רחוב ${r.pick(['הנביאים', 'הרצל', 'מוריה', 'רגר'])} ${r.int(1, 120)}`; return { full: `${k}, ${city} ${pc}`, key: k }; },
    plates: ['99-999-99', '999-99-999'], iban: ['IL', '19n'], date: dmy('.'),
    w: {
      customer: 'לקוח', technician: 'טכנאי', employee: 'עובד', phone: 'טלפון', email: 'דוא"ל', address: 'כתובת', dob: 'תאריך לידה',
      serial: 'מספר סידורי', contract: 'מספר חוזה', custno: 'מספר לקוח', ticket: 'מספר קריאה', user: 'משתמש', password: 'סיסמה', plate: 'מספר רכב',
      account: 'חשבון', location: 'מיקום', regards: 'בברכה', summary: 'תקציר', affected: 'מושפעים', attacker: 'תשתית התוקף',
      timeline: 'ציר זמן', action: 'פעולות',
    },
    prose: [
      'לדברי {P}, לאחר העדכון {D} התחבר שוב ושוב אל {C}.',
      'איש קשר אצל הלקוח: {P}, {F}.',
      'הטכנאי מצא באתר: {F}.',
    ],
    submitters: [{ name: 'גליל מערכות מדידה בע"מ', short: 'גליל מדידה', domain: 'galil-metering.co.il' }],
    customers: [{ name: 'מרכז רפואי נווה דקלים', short: 'נווה דקלים', domain: 'neve-dkalim-med.co.il' }],
  },
  {
    lang: 'ru', country: 'RU', cc: '7', mcc: '250', mnc: ['01', '02', '99'],
    given: ['Ольга|olga', 'Всеволод|vsevolod', 'Снежана|snezhana', 'Ярослав|yaroslav', 'Любовь|lyubov'],
    surnames: ['Белоусова|belousova', 'Завьялов|zavyalov', 'Криворучко|krivoruchko', 'Щербакова|shcherbakova', 'Голубев|golubev'],
    order: 'gs', join: ' ', honour: (s) => `г-н ${s}`,
    mobile: { prefixes: ['903', '916', '926', '985'], nsnLength: 10, national: '8 (###) ###-##-##', international: '+7 ### ###-##-##' },
    cities: [{ name: 'Казань', postcode: '4200##', lat: 55.7961, lon: 49.1064 }, { name: 'Екатеринбург', postcode: '6200##', lat: 56.8389, lon: 60.6057 }],
    street: (r, city, pc) => { const k = `ул. ${r.pick(['Баумана', 'Малышева', 'Пушкина', 'Вайнера'])}, д. ${r.int(1, 90)}, кв. ${r.int(1, 200)}`; return { full: `${pc}, г. ${city}, ${k}`, key: k }; },
    plates: ['A999AA 99'], plateLetters: 'АВЕКМНОРСТУХ', date: dmy('.'),
    w: {
      customer: 'абонент', technician: 'монтажник', employee: 'сотрудник', phone: 'тел.', email: 'эл. почта', address: 'адрес', dob: 'дата рождения',
      serial: 'заводской номер', contract: 'номер договора', custno: 'лицевой счёт', ticket: 'заявка', user: 'пользователь', password: 'пароль', plate: 'госномер',
      account: 'счёт', location: 'местоположение', regards: 'С уважением', summary: 'Кратко', affected: 'Затронуто', attacker: 'Инфраструктура атакующего',
      timeline: 'Хронология', action: 'Принятые меры',
    },
    prose: [
      'По словам {P}, после обновления {D} многократно подключался к {C}.',
      'Контактное лицо абонента: {P}, {F}.',
      'Монтажник на месте установил: {F}.',
    ],
    submitters: [{ name: 'ООО «Волжские счётчики»', short: 'Волжские счётчики', domain: 'volzh-schetchiki.ru' }],
    customers: [{ name: 'ТСЖ «Заречье-3»', short: 'Заречье-3', domain: 'tsj-zarechye3.ru' }],
  },
  {
    lang: 'uk', country: 'UA', cc: '380', mcc: '255', mnc: ['01', '03', '06'],
    given: ['Оксана|oksana', 'Богдан|bohdan', 'Соломія|solomiia', 'Тарас|taras', 'Ярина|yaryna'],
    surnames: ['Бондаренко|bondarenko', 'Гнатюк|hnatiuk', 'Кравчук|kravchuk', 'Присяжнюк|prysiazhniuk', 'Ющенко-Лисенко|yushchenko-lysenko'],
    order: 'gs', join: ' ', honour: (s) => `пан ${s}`,
    mobile: { prefixes: ['50', '67', '73', '93'], nsnLength: 9, national: '0## ### ## ##', international: '+380 ## ### ####' },
    cities: [{ name: 'Львів', postcode: '790##', lat: 49.8397, lon: 24.0297 }, { name: 'Харків', postcode: '610##', lat: 49.9935, lon: 36.2304 }],
    street: (r, city, pc) => { const k = `вул. ${r.pick(['Городоцька', 'Сумська', 'Личаківська', 'Пушкінська'])}, ${r.int(1, 200)}, кв. ${r.int(1, 90)}`; return { full: `${k}, м. ${city}, ${pc}`, key: k }; },
    plates: ['AA 9999 AA'], plateLetters: 'АВСЕНІКМОРТХ', iban: ['UA', '6n19c'], date: dmy('.'),
    w: {
      customer: 'абонент', technician: 'технік', employee: 'працівник', phone: 'тел.', email: 'ел. пошта', address: 'адреса', dob: 'дата народження',
      serial: 'заводський номер', contract: 'номер договору', custno: 'особовий рахунок', ticket: 'заявка', user: 'користувач', password: 'пароль', plate: 'номерний знак',
      account: 'рахунок', location: 'розташування', regards: 'З повагою', summary: 'Стисло', affected: 'Уражено', attacker: 'Інфраструктура нападника',
      timeline: 'Хронологія', action: 'Вжиті заходи',
    },
    prose: [
      'За словами {P}, після оновлення {D} неодноразово підключався до {C}.',
      'Контактна особа абонента: {P}, {F}.',
      'Технік на місці встановив: {F}.',
    ],
    submitters: [{ name: 'ТОВ «Карпатлічильник»', short: 'Карпатлічильник', domain: 'karpat-lich.ua' }],
    customers: [{ name: 'ОСББ «Сихів-12»', short: 'Сихів-12', domain: 'osbb-syhiv12.ua' }],
  },
  {
    lang: 'tr', country: 'TR', cc: '90', mcc: '286', mnc: ['01', '02', '03'],
    given: ['Deniz', 'Umut', 'Gökçe', 'İlkay', 'Şükrü', 'Yağmur'],
    surnames: ['Yılmazer', 'Çağlayan', 'Karaismailoğlu', '*Demir', 'Öztürkmen', 'Kılıçdaroğlu'],
    order: 'gs', join: ' ', honour: (s) => `${s} Bey`,
    mobile: { prefixes: ['530', '532', '542', '555'], nsnLength: 10, national: '0### ### ## ##', international: '+90 ### ### ## ##' },
    cities: [{ name: 'Kadıköy/İstanbul', postcode: '347##', lat: 40.9903, lon: 29.0271 }, { name: 'Çankaya/Ankara', postcode: '066##', lat: 39.9179, lon: 32.8627 }],
    street: (r, city, pc) => { const k = `${r.pick(['Moda Caddesi', 'Bağdat Caddesi', 'Tunalı Hilmi Caddesi', 'Kızılırmak Sokak'])} No: ${r.int(1, 200)} D: ${r.int(1, 30)}`; return { full: `${k}, ${pc} ${city}`, key: k }; },
    plates: ['99 AAA 999', '99 A 9999'], iban: ['TR', '22n'], date: dmy('.'),
    w: {
      customer: 'müşteri', technician: 'saha teknisyeni', employee: 'çalışan', phone: 'tel', email: 'e-posta', address: 'adres', dob: 'doğum tarihi',
      serial: 'seri no', contract: 'sözleşme no', custno: 'müşteri no', ticket: 'kayıt no', user: 'kullanıcı', password: 'şifre', plate: 'plaka',
      account: 'hesap', location: 'konum', regards: 'Saygılarımızla', summary: 'Özet', affected: 'Etkilenen', attacker: 'Saldırgan altyapısı',
      timeline: 'Zaman çizelgesi', action: 'Alınan önlemler',
    },
    prose: [
      '{P} tarafından iletilen bilgiye göre {D} güncellemeden sonra tekrar tekrar {C} adresine bağlandı.',
      'Müşteri irtibat kişisi: {P}, {F}.',
      'Saha teknisyeni yerinde tespit etti: {F}.',
    ],
    submitters: [{ name: 'Anadolu Sayaç Teknolojileri A.Ş.', short: 'Anadolu Sayaç', domain: 'anadolusayac.com.tr' }],
    customers: [{ name: 'Moda Sitesi Yönetimi', short: 'Moda Sitesi', domain: 'modasitesi-yonetim.com.tr' }],
  },
  {
    lang: 'th', country: 'TH', cc: '66', mcc: '520', mnc: ['01', '03', '04'],
    given: ['สมชาย|somchai', 'กาญจนา|kanchana', 'ธนพล|thanaphon', 'พิมพ์ชนก|phimchanok', 'วีระ|weera'],
    surnames: ['ศรีสุวรรณ|srisuwan', 'วงศ์ไพศาล|wongpaisan', 'ทองประเสริฐ|thongprasert', 'แก้วมณี|kaewmanee', 'บุญยืน|boonyuen'],
    order: 'gs', join: ' ', honour: (s) => `คุณ${s}`,
    mobile: { prefixes: ['81', '86', '89', '92'], nsnLength: 9, national: '0##-###-####', international: '+66 ## ### ####' },
    cities: [{ name: 'เขตวัฒนา กรุงเทพฯ', postcode: '10110', lat: 13.7373, lon: 100.5605 }, { name: 'อำเภอเมืองเชียงใหม่', postcode: '50200', lat: 18.7883, lon: 98.9853 }],
    street: (r, city, pc) => { const k = `${r.int(10, 199)}/${r.int(1, 99)} ซอยสุขุมวิท ${r.int(1, 71)}`; return { full: `${k} ${city} ${pc}`, key: k }; },
    plates: ['9AA 9999'], plateLetters: 'กขคงจฉชญฐณดตถทธนบปผพภมยรลวศษสหฬอฮ', date: (y, m, d) => `${pad(d)}/${pad(m)}/${y + 543}`,
    w: {
      customer: 'ลูกค้า', technician: 'ช่างเทคนิค', employee: 'พนักงาน', phone: 'โทร', email: 'อีเมล', address: 'ที่อยู่', dob: 'วันเกิด',
      serial: 'หมายเลขเครื่อง', contract: 'เลขที่สัญญา', custno: 'รหัสลูกค้า', ticket: 'เลขที่แจ้ง', user: 'ผู้ใช้', password: 'รหัสผ่าน', plate: 'ทะเบียนรถ',
      account: 'บัญชี', location: 'ตำแหน่ง', regards: 'ขอแสดงความนับถือ', summary: 'สรุป', affected: 'ผลกระทบ', attacker: 'โครงสร้างผู้โจมตี',
      timeline: 'ลำดับเหตุการณ์', action: 'การดำเนินการ',
    },
    prose: [
      'ตามที่ {P} แจ้ง หลังอัปเดต {D} เชื่อมต่อไปยัง {C} ซ้ำหลายครั้ง',
      'ผู้ติดต่อฝั่งลูกค้า: {P} , {F}',
      'ช่างเทคนิคตรวจพบหน้างาน: {F}',
    ],
    submitters: [{ name: 'บริษัท สยามมิเตอร์อัจฉริยะ จำกัด', short: 'สยามมิเตอร์อัจฉริยะ', domain: 'siam-smartmeter.co.th' }],
    customers: [{ name: 'คอนโดบ้านสวนริมน้ำ', short: 'บ้านสวนริมน้ำ', domain: 'baansuanrimnam.co.th' }],
  },
  {
    lang: 'vi', country: 'VN', cc: '84', mcc: '452', mnc: ['01', '02', '04'],
    given: ['Thị Lan|thilan', 'Văn Hùng|vanhung', 'Ngọc Ánh|ngocanh', 'Minh Khôi|minhkhoi', 'Thu Trang|thutrang'],
    surnames: ['Nguyễn|nguyen', 'Trần|tran', 'Phạm|pham', 'Huỳnh|huynh', 'Đặng|dang'],
    order: 'sg', join: ' ', honour: (s) => `anh ${s}`,
    mobile: { prefixes: ['90', '91', '98', '86'], nsnLength: 9, national: '0### ### ###', international: '+84 ## ### ####' },
    cities: [{ name: 'Quận Hoàn Kiếm, Hà Nội', postcode: '100000', lat: 21.0285, lon: 105.8542 }, { name: 'Quận 3, TP. Hồ Chí Minh', postcode: '700000', lat: 10.7835, lon: 106.6867 }],
    street: (r, city, pc) => { const k = `Số ${r.int(1, 200)} ${r.pick(['Phố Hàng Bạc', 'Đường Võ Văn Tần', 'Ngõ 58 Trần Bình', 'Đường Nam Kỳ Khởi Nghĩa'])}`; return { full: `${k}, ${city} ${pc}`, key: k }; },
    plates: ['99A-999.99'], date: dmy('/'),
    w: {
      customer: 'khách hàng', technician: 'kỹ thuật viên', employee: 'nhân viên', phone: 'ĐT', email: 'email', address: 'địa chỉ', dob: 'ngày sinh',
      serial: 'số sê-ri', contract: 'số hợp đồng', custno: 'mã khách hàng', ticket: 'mã yêu cầu', user: 'người dùng', password: 'mật khẩu', plate: 'biển số',
      account: 'số tài khoản', location: 'vị trí', regards: 'Trân trọng', summary: 'Tóm tắt', affected: 'Ảnh hưởng', attacker: 'Hạ tầng kẻ tấn công',
      timeline: 'Dòng thời gian', action: 'Biện pháp',
    },
    prose: [
      'Theo {P}, sau khi cập nhật {D} liên tục kết nối tới {C}.',
      'Người liên hệ phía khách hàng: {P}, {F}.',
      'Kỹ thuật viên xác nhận tại chỗ: {F}.',
    ],
    submitters: [{ name: 'Công ty CP Đo lường Sông Hồng', short: 'Đo lường Sông Hồng', domain: 'dolsonghong.vn' }],
    customers: [{ name: 'Chung cư Hoa Sữa Tower', short: 'Hoa Sữa Tower', domain: 'hoasuatower.vn' }],
  },
  {
    lang: 'id', country: 'ID', cc: '62', mcc: '510', mnc: ['10', '11', '21'],
    given: ['Wahyuni', 'Bambang', 'Sekar', 'Agus', 'Ratna', 'Slamet'],
    surnames: ['Sutrisno', 'Wibisono', 'Hutapea', 'Siregar', 'Purnamasari', 'Nugroho'],
    order: 'gs', join: ' ', honour: (s) => `Bapak ${s}`,
    mobile: { prefixes: ['812', '813', '857', '878'], nsnLength: 11, national: '0###-####-####', international: '+62 ###-####-####' },
    cities: [{ name: 'Jakarta Selatan', postcode: '12###', lat: -6.2615, lon: 106.8106 }, { name: 'Surabaya', postcode: '60###', lat: -7.2575, lon: 112.7521 }],
    street: (r, city, pc) => { const k = `Jl. ${r.pick(['Kemang Raya', 'Tunjungan', 'Dharmawangsa', 'Raya Darmo'])} No. ${r.int(1, 150)}`; return { full: `${k}, ${city} ${pc}`, key: k }; },
    plates: ['A 9999 AAA', 'AA 9999 AA'], date: dmy('-'),
    w: {
      customer: 'pelanggan', technician: 'teknisi', employee: 'karyawan', phone: 'HP', email: 'email', address: 'alamat', dob: 'tgl lahir',
      serial: 'nomor seri', contract: 'no. kontrak', custno: 'ID pelanggan', ticket: 'tiket', user: 'pengguna', password: 'kata sandi', plate: 'nopol',
      account: 'rekening', location: 'lokasi', regards: 'Hormat kami', summary: 'Ringkasan', affected: 'Terdampak', attacker: 'Infrastruktur penyerang',
      timeline: 'Kronologi', action: 'Tindakan',
    },
    prose: [
      'Menurut {P}, setelah pembaruan {D} berulang kali terhubung ke {C}.',
      'Kontak di pihak pelanggan: {P}, {F}.',
      'Teknisi memastikan di lokasi: {F}.',
    ],
    submitters: [{ name: 'PT Nusantara Meteran Cerdas', short: 'Nusantara Meteran', domain: 'nusameter.co.id' }],
    customers: [{ name: 'Klinik Pratama Sehat Sentosa', short: 'Sehat Sentosa', domain: 'kliniksehatsentosa.co.id' }],
  },
  {
    lang: 'hi', country: 'IN', cc: '91', mcc: '404', mnc: ['10', '45', '86'],
    given: ['राजेश|rajesh', 'प्रियंका|priyanka', 'सुनीता|sunita', 'अमिताभ|amitabh', 'दीपिका|deepika'],
    surnames: ['श्रीवास्तव|srivastava', 'कुलकर्णी|kulkarni', 'चतुर्वेदी|chaturvedi', 'देशपांडे|deshpande', 'बंद्योपाध्याय|bandyopadhyay'],
    order: 'gs', join: ' ', honour: (s) => `श्री ${s}`,
    mobile: { prefixes: ['98', '97', '88', '70'], nsnLength: 10, national: '0#####-#####', international: '+91 ##### #####' },
    cities: [{ name: 'पुणे', postcode: '411038', lat: 18.5074, lon: 73.8077 }, { name: 'लखनऊ', postcode: '226010', lat: 26.8467, lon: 80.9462 }],
    street: (r, city, pc) => { const k = `फ्लैट ${r.int(101, 904)}, ${r.pick(['साई कृपा अपार्टमेंट', 'गोमती नगर', 'कोथरूड', 'विकास खंड'])}`; return { full: `${k}, ${city} ${pc}`, key: k }; },
    plates: ['AA 99 AA 9999'], date: dmy('/'),
    w: {
      customer: 'ग्राहक', technician: 'तकनीशियन', employee: 'कर्मचारी', phone: 'मोबाइल', email: 'ईमेल', address: 'पता', dob: 'जन्मतिथि',
      serial: 'सीरियल नंबर', contract: 'अनुबंध संख्या', custno: 'ग्राहक संख्या', ticket: 'शिकायत संख्या', user: 'उपयोगकर्ता', password: 'पासवर्ड', plate: 'वाहन संख्या',
      account: 'खाता संख्या', location: 'स्थान', regards: 'सादर', summary: 'सारांश', affected: 'प्रभावित', attacker: 'हमलावर का बुनियादी ढांचा',
      timeline: 'समयरेखा', action: 'की गई कार्रवाई',
    },
    prose: [
      '{P} के अनुसार अपडेट के बाद {D} बार-बार {C} से जुड़ रहा था।',
      'ग्राहक की ओर से संपर्क: {P}, {F}।',
      'तकनीशियन ने मौके पर पुष्टि की: {F}।',
    ],
    submitters: [{ name: 'सह्याद्री स्मार्ट मीटरिंग प्रा. लि.', short: 'सह्याद्री स्मार्ट', domain: 'sahyadri-smart.in' }],
    customers: [{ name: 'गोमती हाउसिंग सोसाइटी', short: 'गोमती हाउसिंग', domain: 'gomatihousing.in' }],
  },
];

// --- threat material -------------------------------------------------------------------------

/** Threat actors and intrusion sets, several of them reading like a person's name. */
export const ACTORS = ['Vesna Kolar', 'Lucian Drăgulescu', 'Ramon Ferreira-Kahl', 'Mikko Tappara', 'Sandworm', 'Volt Typhoon', 'Scattered Spider', 'Salt Typhoon', 'Hannah Brightwater', 'Storm-1849', 'UNC3944', 'Yusuf Kalender'];
export const MALWARE = ['Mirai', 'Mozi', 'Gafgyt', 'BotenaGo', 'FrostyGoop', 'Kaiji', 'FluBot', 'Anatsa', 'XorDDoS', 'Raspberry Robin', 'AndoryuBot', 'Pikabot'];

/** C2 and phishing hosts; some read like a person's or a brand's name. */
export const C2_DOMAINS = [
  'marta-lindqvist.art', 'giuliabernardi-studio.com', 'kenji-sato-blog.net', 'fw-update-cdn.top', 'meterpay-support.com', 'ota-telematics-sync.net',
  'paket-zustellung-info.de.com', 'ladekarte-verify.eu', 'suporte-contador.online', 'jose-antonio-fotografia.es.kg', 'nina-borisova.pro', 'smartgrid-status.cc',
  'evcharge-billing.help', 'router-firmware.lol', 'klaus-hartmann-immobilien.shop', 'id-verify-esim.click',
];
export const PHISH_SENDERS = [
  'billing@meterpay-support.com', 'service@ladekarte-verify.eu', 'maria.gonzalez.rrhh@outlook-mail.cc', 'noreply@paket-zustellung-info.de.com',
  'thomas.becker.hr@gmx-login.net', 'it-helpdesk@ota-telematics-sync.net', 'anna.kowalska.kadry@poczta-wp.site', 'support@id-verify-esim.click',
];
export const PHISH_DISPLAY = ['Payroll Department', 'Kundenservice Ladekarte', 'Maria Gonzalez (RRHH)', 'DHL Paket', 'Thomas Becker HR', 'eSIM Aktivierung'];
export const PHISH_SUBJECTS = ['Your meter refund is ready', 'Ihre Ladekarte wird gesperrt', 'Actualización de nómina', 'Zustellung fehlgeschlagen – Sendung', 'Action required: eSIM re-activation'];
export const FILES = ['sora.arm7', 'mozi.m', 'bins.sh', 'x86_64.nn', 'update_fw_v3.2.1.bin', 'Rechnung_Mai_2024.pdf.lnk', 'CV_Jan_Novak.pdf.exe', 'maria_photos.zip.js', 'dvr_helper', 'libcrypto.so.1.1.patched', 'tftp.sh', 'chargepoint-agent'];
export const CVES = ['CVE-2023-1389', 'CVE-2017-17215', 'CVE-2018-10561', 'CVE-2021-35394', 'CVE-2024-3400', 'CVE-2022-30525', 'CVE-2023-46604', 'CVE-2024-21762', 'CVE-2019-12255', 'CVE-2022-1040'];
export const CWES = ['CWE-78', 'CWE-798', 'CWE-287', 'CWE-306', 'CWE-120', 'CWE-22'];
export const TECHNIQUES: [string, string][] = [
  ['T1190', 'Exploit Public-Facing Application'], ['T1110.001', 'Password Guessing'], ['T0883', 'Internet Accessible Device'], ['T0855', 'Unauthorized Command Message'],
  ['T1059.004', 'Unix Shell'], ['T1566.002', 'Spearphishing Link'], ['T1451', 'SIM Card Swap'], ['T1071.001', 'Web Protocols'], ['T1496', 'Resource Hijacking'],
];
/** International premium-rate / IRSF ranges: country code and leading digits. */
export const IRSF_RANGES: [string, string, number][] = [['882', '16', 8], ['881', '6', 8], ['252', '90', 7], ['371', '81', 6], ['216', '9', 7], ['225', '07', 8], ['53', '5', 7], ['674', '55', 4], ['239', '98', 5]];
export const SMISH_ALPHA = ['DHL-Info', 'PostNL', 'INFO-BANK', 'Ladekarte', 'Paketdienst'];
