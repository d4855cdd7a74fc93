/**
 * Everyday Spanish words, accents dropped: "casa", "hacer", "hora" say little about what is
 * asked, as "home", "make" and "hour" do in English. There is no Spanish word-frequency list to
 * install, so these stand in for one: each counts as an everyday English word does.
 */
const everydaySpanish = new Set(
  `
casa casas hogar hacer hago hace hacen hizo haga hecho poner pone puso pusieron dar da dan dio
decir dice dicen dijo dijeron ver veo ve vi visto ir voy va van fue venir viene vienen vino
saber se sabe saben sabia querer quiero quiere quieren pasar pasa paso pasan pasado llegar llega
llego dejar deja dejo llevar lleva llevo seguir sigue quedar queda quedo hablar habla hablo
tomar toma tomo salir sale salio entrar entra volver vuelve buscar busca encontrar encuentra
llamar llama llamo pensar pienso piensa creer creo cree trabajar trabaja trabajo trabajos
vivir vive vivo comer come comida beber tiempo tiempos dia dias hora horas semana semanas mes
meses ano anos vez veces momento manana tarde noche hoy ayer ahora siempre nunca luego despues
persona personas gente hombre mujer nino ninos hijo hija hijos familia madre padre mama papa
hermano hermana primo prima tio tia esposo esposa amigo amiga amigos vecino vecina jefe jefa
cunado cunada suegro suegra sobrino sobrina nieto nieta abuelo abuela novio novia patron patrona
cosa cosas parte partes lugar lugares mundo vida forma manera caso casos problema problemas
cuenta numero nombre lado fin mano manos ojo cabeza cuerpo agua dinero precio cambio
bueno buena buenos malo mala mejor peor grande gran pequeno nuevo nueva viejo vieja mismo misma
otro otra otros primero primera ultimo ultima largo corto alto bajo claro cierto verdad mucho
poco todo todos nada algo bien mal mas menos muy tan asi aqui alli donde cuando como porque
pregunta preguntas respuesta ayuda ayudar informacion ejemplo idea tema punto razon
calle ciudad pueblo pais barrio escuela trabajo oficina tienda carro coche auto telefono
celular mensaje correo carta papel papeles libro foto video internet pagina
entender entiendo entiende entienden entendi sabemos necesito necesita necesitamos ayudenme
compa compas pana panas cuate cuates carnal mijo mija chamaco chamacos gracias favor porfa
alguien nadie alguno alguna ninguno tambien tampoco solo sola todavia quizas talvez pues mira
oye oiga bueno dale vale orale pasa paso pasaron contar cuenta conte escuchar escuche leer lei
grupo grupos facebook whatsapp tiktok noticia rato raro miedo susto preocupado preocupada
entendio explicar explica explico explican explicame explicarme facil facilito dificil
conocer conoce conozco parecer parece sentir siento escribir escribe preguntar pregunta
pregunto responder responde intentar intenta empezar empieza terminar termina comprar compra
vender vende usar usa abrir abre cerrar cierra cambiar cambia subir sube bajar baja caminar
camina dormir duerme mirar mire importante necesario posible imposible igual diferente normal
rapido lento junto juntos listo lista senor senora senores senoras chiquito chiquita chico chica chicos muchacho muchacha muchachos
puros puras cuentos mentiras chismes chismoso rumor rumores rollo tipo seguro segura supuestamente
namas ahorita orita ojala consulta urgente jaja jeje miren digo dime diganme sera seria
preocupa preocupan preocupar preocupe preocupados preocupadas preocupacion preocupaciones
mexicano mexicana mexicanos guatemalteco guatemalteca hondureno hondurena salvadoreno salvadorena
dominicano dominicana dominicanos cubano cubana puertorriqueno puertorriquena boricua boricuas
venezolano venezolana colombiano colombiana ecuatoriano ecuatoriana peruano peruana latino latina
cuanto cuanta cuantos cuantas cual cuales quien quienes tenia tenian
tuve tuvo hay habia eso esto esa ese este esta estos estas esos esas ello ella ellas ellos
soy eres somos son estoy estas estamos estan estaba estaban ser siendo sido estar
sacar saco pagar pago paga mandar mando manda pedir pido piden pide traer traigo trae
cuesta cuestan costar gana ganar gano ganan esperar espero espera
sobre desde entre hasta hacia contra sin antes aunque mientras cerca lejos adentro afuera
uno una unos unas dos tres cuatro cinco diez cien mil primero segundo propio propia
toca tocar sirve servir significa significar super copia alla ahi aca nos les
ahorro cuenta banco tarjeta recibo cheque compras renta alquiler luz gas comida receta
tarea tareas escuela clase clases examen maestro maestra estudiante estudiar universidad
musica cancion futbol partido juego equipo pelicula tele television clima lluvia nieve frio calor
carro troca camion gasolina seguro aseguranza doctor medico hospital clinica medicina cita
normal normalmente mayormente generalmente usualmente exactamente rapidamente
`
    .split(/\s+/)
    .filter(Boolean),
);

/** As often as a common English word is used, per SUBTLEX-US: "home" 39,491 times, "help" 46,977. */
const EVERYDAY_COUNT = 50_000;

export const everydaySpanishCount = (word: string): number =>
  everydaySpanish.has(word) ? EVERYDAY_COUNT : 0;
