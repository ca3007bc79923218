import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanProtected } from './test-scanner';

// Identifier classes of the seventh review: reference numbers, addresses, birth dates, plates and
// device serials labelled in the languages the earlier detectors covered poorly, and the threat
// values that stand next to them.

const scan = scanProtected;

describe('reference numbers after a label family', () => {
  it('a number word after the noun, spaced or joined', () => {
    assert.equal(scan('medarbejder ID: P751812 og pracownik ID: 866158'), 'medarbejder ID: [EMPLOYEE-ID-1] og pracownik ID: [EMPLOYEE-ID-2]');
    assert.equal(scan('työntekijä ID: 302111, munkatárs ID P297022, พนักงาน ID=P024074'), 'työntekijä ID: [EMPLOYEE-ID-1], munkatárs ID [EMPLOYEE-ID-2], พนักงาน ID=[EMPLOYEE-ID-3]');
    assert.equal(scan('ügyfélszám: KD26434702, szerződésszám: 4932-34083'), 'ügyfélszám: [CUSTOMER-ID-1], szerződésszám: [CONTRACT-1]');
    assert.equal(scan('kundenr.=C179265991 avtalenr.=SR8695-12863 sopimusnumero CT-3584-10609'), 'kundenr.=[CUSTOMER-ID-1] avtalenr.=[CONTRACT-1] sopimusnumero [CONTRACT-2]');
  });
  it('a number word before the noun, in Latin and native scripts', () => {
    assert.equal(scan('no. kontrak CT-8167-76498, ID pelanggan: C4960849'), 'no. kontrak [CONTRACT-1], ID pelanggan: [CUSTOMER-ID-1]');
    assert.equal(scan('mã khách hàng ACC49072723 số hợp đồng 8799-64401'), 'mã khách hàng [CUSTOMER-ID-1] số hợp đồng [CONTRACT-1]');
    assert.equal(scan('κωδ. πελάτη: ACC0439448688 αρ. σύμβασης: V9799-15969'), 'κωδ. πελάτη: [CUSTOMER-ID-1] αρ. σύμβασης: [CONTRACT-1]');
    assert.equal(scan('číslo smlouvy 9385-34347, cod client ACC9472296773, nr. contract CT-0313-39314'), 'číslo smlouvy [CONTRACT-1], cod client [CUSTOMER-ID-1], nr. contract [CONTRACT-2]');
    assert.equal(scan("מספר חוזה=SR0238-31359 מס' לקוח: 448812"), "מספר חוזה=[CONTRACT-1] מס' לקוח: [CUSTOMER-ID-1]");
    assert.equal(scan('รหัสลูกค้า: 2306326706 เลขที่สัญญา: CT-1848-64356'), 'รหัสลูกค้า: [CUSTOMER-ID-1] เลขที่สัญญา: [CONTRACT-1]');
    assert.equal(scan('особовий рахунок C7343680118, № договору 55-1023'), 'особовий рахунок [CUSTOMER-ID-1], № договору [CONTRACT-1]');
  });
  it('CJK number words joined to the noun, Turkish and Portuguese policy and registry numbers', () => {
    assert.equal(scan('계약 번호 CT-9912-33, 고객번호: 55120931, 员工编号 P045788'), '계약 번호 [CONTRACT-1], 고객번호: [CUSTOMER-ID-1], 员工编号 [EMPLOYEE-ID-1]');
    assert.equal(scan('müşteri numarası: 44120981 sicil no: 77120 apólice n.º 8812-221'), 'müşteri numarası: [CUSTOMER-ID-1] sicil no: [EMPLOYEE-ID-1] apólice n.º [CONTRACT-1]');
    assert.equal(scan('our staff number is 12 people; 用户名: alice'), 'our staff number is 12 people; 用户名: alice');
  });
  it('device serials by their labels, EVSE ids, spaced smart-card numbers and a spaced letter prefix', () => {
    assert.equal(scan('serienr.: BBR-6416116-WF, заводской номер: PXC606905906, 일련번호: FRK-8722229-EK'), 'serienr.: [SERIAL-1], заводской номер: [SERIAL-2], 일련번호: [SERIAL-3]');
    assert.equal(scan('σειριακός αριθμός: FRK-9260899-EU gyári szám: JCI046852932 หมายเลขเครื่อง JCI928967910'), 'σειριακός αριθμός: [SERIAL-1] gyári szám: [SERIAL-2] หมายเลขเครื่อง [SERIAL-3]');
    assert.equal(scan('RFID UID BE8BAD11711D85, evse UA*GRP*E8718764, CA card: 1639 9242 2362 77'), 'RFID UID [SERIAL-1], evse [SERIAL-2], CA card: [SERIAL-3]');
    assert.equal(scan('sarjanumero S C-JZT095684 vaihdettiin'), 'sarjanumero [SERIAL-1] vaihdettiin');
    assert.equal(scan('Fabriknummer: 12345678, nr. serie SIG-6601333-SA'), 'Fabriknummer: [SERIAL-1], nr. serie [SERIAL-2]');
  });
  it('an ambiguous bare key ("serie") with a long number only', () => {
    assert.equal(scan('{"serie": "KFM3054356435", "model": "x", "serie": "S7-1500"} policy=Default-2024'), '{"serie": "[SERIAL-1]", "model": "x", "serie": "S7-1500"} policy=Default-2024');
  });
  it('an IMEI right after its label, with the IMSI label of the next field in view', () => {
    assert.equal(scan('IMEI=864731039194233 IMSI=238027388908422'), 'IMEI=[IMEI-1:TAC=86473103] IMSI=[IMSI-1]');
    assert.equal(scan('IMEI: 86-473103-313095-1 IMSI: 230033129868555'), 'IMEI: [IMEI-1:TAC=86473103] IMSI: [IMSI-1]');
  });
  it('a value in a padded column after its label', () => {
    assert.equal(scan('  kundenr.       ACC64077416\n  angajat ID     123044\n  matricola      STB70TA33566586'), '  kundenr.       [CUSTOMER-ID-1]\n  angajat ID     [EMPLOYEE-ID-1]\n  matricola      [SERIAL-1]');
  });
  it('JSON and key=value keys in their folded forms', () => {
    assert.equal(scan('{"musterino": "C88417667", "sozlesmeno": "CT-6731-98368", "ndeserie": "JCI283216466"}'), '{"musterino": "[CUSTOMER-ID-1]", "sozlesmeno": "[CONTRACT-1]", "ndeserie": "[SERIAL-1]"}');
    assert.equal(scan('{"kunde": "K-99812", "clientid": "C-1234"} policy=Default-2024 client=ABC1234'), '{"kunde": "[CUSTOMER-ID-1]", "clientid": "[CUSTOMER-ID-2]"} policy=Default-2024 client=ABC1234');
    assert.equal(scan('mã số khách hàng: KH001234, szerződés száma: 1234-5678, henkilönumero 882211'), 'mã số khách hàng: [CUSTOMER-ID-1], szerződés száma: [CONTRACT-1], henkilönumero [EMPLOYEE-ID-1]');
    assert.equal(scan('cfg.employee_no=P671536 cfg.smartcard="1147 7106 4941 94" "sose_ri": "KC-P30-4126601124"'), 'cfg.employee_no=[EMPLOYEE-ID-1] cfg.smartcard="[SERIAL-1]" "sose_ri": "[SERIAL-2]"');
  });
  it('columns whose headers are labels of other languages', () => {
    const table = 'host\tพนักงาน ID\tadresă\tวันเกิด\trendszám\tC2\nh1\tE633224\tStrada Lungă 5, Iași\t19/09/2509\tVJR-175\t91.172.134.29\n';
    assert.equal(scan(table), 'host\tพนักงาน ID\tadresă\tวันเกิด\trendszám\tC2\nh1\t[EMPLOYEE-ID-1]\t[ADDRESS-1]\t[DOB-1]\t[PLATE-1]\t91.172.134.0/24\n');
  });
  it('threat values after the same words stay', () => {
    for (const t of [
      'contract 0x5f4e3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b drained the pool',
      'customer reported CVE-2023-46604 exploitation and T1059 activity, version 2.4.1, in 2024',
      'serial console on port 4444, sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'employee clicked the lure; calls to +674 553952 (premium rate)',
    ]) assert.equal(scan(t, ['+674 553952']), t);
  });
});

describe('dates of birth with local labels and formats', () => {
  it('labels of id, vi, th, cs, hu, ro, uk, fi, no and tr keys', () => {
    assert.equal(scan('tgl lahir 06-07-1988, ngày sinh 12/08/1965, วันเกิด=25/08/2517'), 'tgl lahir [DOB-1], ngày sinh [DOB-2], วันเกิด=[DOB-3]');
    assert.equal(scan('nar.: 3. 9. 2002; szül. 2000.06.18; data nașterii 04.04.1978'), 'nar.: [DOB-1]; szül. [DOB-2]; data nașterii [DOB-3]');
    assert.equal(scan('дата народження 05.07.1960, syntymäaika: 23.7.1995, født 03.04.1954'), 'дата народження [DOB-1], syntymäaika: [DOB-2], født [DOB-3]');
    assert.equal(scan('{"dogumtarihi": "04.07.1992", "geb": "20.02.1981"}'), '{"dogumtarihi": "[DOB-1]", "geb": "[DOB-2]"}');
    assert.equal(scan('szül.: 2000. június 18.; ngày sinh: 12 tháng 8 năm 1965; วันเกิด: 26 ตุลาคม 2498'), 'szül.: [DOB-1]; ngày sinh: [DOB-2]; วันเกิด: [DOB-3]');
  });
  it('a spaced dotted date without a label stays', () => {
    assert.equal(scan('build 3. 9. 2002 of the firmware'), 'build 3. 9. 2002 of the firmware');
  });
});

describe('number plates after local labels', () => {
  it('labels and country formats, in keys too', () => {
    assert.equal(scan('rendszám: KZ EA-241, skilt: DS 84516, номерний знак: МН 2495 ОХ'), 'rendszám: [PLATE-1], skilt: [PLATE-2], номерний знак: [PLATE-3]');
    assert.equal(scan('nr. înmatriculare: MA 22 GVW; "rekisterinumero": "DLD-395"; cfg.plate=37U-186.29'), 'nr. înmatriculare: [PLATE-1]; "rekisterinumero": "[PLATE-2]"; cfg.plate=[PLATE-3]');
    assert.equal(scan('ทะเบียนรถ 9งฉ 5946 บัญชี'), 'ทะเบียนรถ [PLATE-1] บัญชี');
    assert.equal(scan('Rendszám: KZ EA-241'), 'Rendszám: [PLATE-1]');
    assert.equal(scan('SPZ: 1AB 2345'), 'SPZ: [PLATE-1]');
    assert.equal(scan('placa: ABC-1234, 차량번호: 12가 3456'), 'placa: [PLATE-1], 차량번호: [PLATE-2]');
    assert.equal(scan('placa base ASUS B450 with 2 slots'), 'placa base ASUS B450 with 2 slots');
  });
  it('dashed digits right after the label (Israel), but no digits alone elsewhere', () => {
    assert.equal(scan('מספר רכב: 63-751-49'), 'מספר רכב: [PLATE-1]');
    assert.equal(scan('plate was seen 12-34-56 times; rz 2024'), 'plate was seen 12-34-56 times; rz 2024');
  });
});

describe('street addresses', () => {
  it('after a label, cut where the address ends', () => {
    assert.equal(scan('alamat Jl. Kemang Raya No. 82, Jakarta Selatan 12168 GPS'), 'alamat [ADDRESS-1] GPS');
    assert.equal(scan('adresse=Åboulevarden 16, 1. tv., 5000 Odense fødselsdato=04-02-1965'), 'adresse=[ADDRESS-1] fødselsdato=[DOB-1]');
    assert.equal(scan('địa chỉ: Số 153 Đường Võ Văn Tần, Quận Hoàn Kiếm, Hà Nội 100000 Người liên hệ'), 'địa chỉ: [ADDRESS-1] Người liên hệ');
    assert.equal(scan('ที่อยู่: 72/41 ซอยสุขุมวิท 21 เขตวัฒนา กรุงเทพฯ 10110 ลูกค้า: ก'), 'ที่อยู่: [ADDRESS-1] ลูกค้า: ก');
    assert.equal(scan('адреса вул. Городоцька, 117, кв. 78, м. Львів, 72037 дата народження 05.07.1960'), 'адреса [ADDRESS-1] дата народження [DOB-1]');
    assert.equal(scan('पता=फ्लैट 873, कोथरूड, पुणे 411038'), 'पता=[ADDRESS-1]');
    assert.equal(scan('Adress: Storgatan 26, 888 46 Uppsala. domiciliu: Strada Lungă nr. 5, Iași 700100'), 'Adress: [ADDRESS-1]. domiciliu: [ADDRESS-2]');
  });
  it('threat values after an address, and addresses that are network values, stay', () => {
    assert.equal(scan('indirizzo=Via dei Mille 15, 24106 Bergamo calls to +252 903811098', ['+252 903811098']), 'indirizzo=[ADDRESS-1] calls to +252 903811098');
    for (const t of ['C2 address 185.220.101.4 port 443', 'wallet address bc1q5vzllmep5f3k', 'return address 0x00401000 in ntdll', 'the address space of 64 bits', 'адрес сервера C2']) assert.equal(scan(t), t);
  });
  it('by shape: RO, HU, FI, CZ and DK addresses', () => {
    assert.equal(scan('Strada Memorandumului nr. 50, ap. 28, Iași 700613'), '[ADDRESS-1]');
    assert.equal(scan('4099 Debrecen, Király utca 40.'), '[ADDRESS-1]');
    assert.equal(scan('Satakunnankatu 16 B 1, 33700 Tampere'), '[ADDRESS-1]');
    assert.equal(scan('Kounicova 56, 779 00 Olomouc 2024-05-13T02:43:33Z'), '[ADDRESS-1] 2024-05-13T02:00Z');
    assert.equal(scan('Åboulevarden 40, 3. tv., 8000 Aarhus C'), '[ADDRESS-1]');
  });
  it('by shape: NO, ID, VI, UA, TH, AR and Devanagari addresses', () => {
    for (const a of [
      'Kong Oscars gate 63, 5033 Tromsø',
      'Jl. Kemang Raya No. 82, Jakarta Selatan 12168',
      'Số 16 Đường Nam Kỳ Khởi Nghĩa, Quận Hoàn Kiếm, Hà Nội 100000',
      'вул. Городоцька, 117, кв. 78, м. Львів, 72037',
      '72/41 ซอยสุขุมวิท 21 เขตวัฒนา กรุงเทพฯ 10110',
      'طريق الملك فهد 5002، جدة 23732',
      'फ्लैट 832, कोथरूड, लखनऊ 226010',
    ]) assert.equal(scan(`seen at ${a} today`), 'seen at [ADDRESS-1] today');
    assert.equal(scan('Mobil +966 59 026 1362 شارع الملك فهد 3776، حي الشاطئ، الدمام 93205'), 'Mobil [PHONE-1] [ADDRESS-1]');
  });
  it('versions, years and street words in threat prose stay', () => {
    for (const t of ['Windows 10, 2004 Update', 'Log4j 2.14, 2021 release', 'version 12, 110 00 builds', 'Gang members used port 8080 and Jalan Raya exploit', 'the loader calls gate 12 times']) assert.equal(scan(t), t);
  });
});
